package org.sahelsim.model.config;

import org.sahelsim.model.Faction;
import org.sahelsim.model.Param;
import org.sahelsim.model.Stance;

/** An entry of the initial relations matrix, symmetric: {@code a} toward {@code b} and back. */
public record StanceSetup(
        @Param(doc = "first faction") Faction a,
        @Param(doc = "second faction") Faction b,
        @Param(doc = "allied, neutral or hostile") Stance stance) {
}
