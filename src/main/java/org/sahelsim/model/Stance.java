package org.sahelsim.model;

/** How two factions treat each other. Only HOSTILE pairs clash or contest control. */
public enum Stance { ALLIED, NEUTRAL, HOSTILE }
