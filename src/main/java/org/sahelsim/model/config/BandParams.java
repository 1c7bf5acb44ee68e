package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/** Parameters of band fission (docs/odd/submodels/recruitment.md, "Band fission"), key {@code recruitment.bands}. */
public record BandParams(
        @Param(def = "1.9", min = 1.1, max = 10,
                doc = "a band splits in two when its fighters reach this multiple of its nominal size",
                source = "Bohorquez et al. 2009: insurgent groups grow and split (fission); assumption for the value") double splitFactor,
        @Param(def = "3", min = 1, max = 10, unit = "cells", doc = "distance from the parent band within which a new band is raised",
                source = "assumption: as catchmentCells; the new band recruits next to the old one") int splitRadiusCells) {
}
