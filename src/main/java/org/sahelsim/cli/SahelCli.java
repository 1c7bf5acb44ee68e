package org.sahelsim.cli;

public final class SahelCli {
    public static void main(String[] args) {
        System.out.println(sim.engine.SimState.class.getName());
    }
}
