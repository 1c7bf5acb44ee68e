package org.sahelsim.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by the build), "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        String v = SahelCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sahelsim " + version(), "MASON " + sim.engine.SimState.version(),
                "Java " + System.getProperty("java.version")};
    }
}
