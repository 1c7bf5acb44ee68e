package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/** Parameters of the territorial-control submodel (docs/odd/submodels/control.md). */
public record ControlParams(
        @Param(def = "3", min = 0, max = 20, unit = "cells", doc = "radius over which a mobile unit projects influence",
                source = "assumption: a band controls villages within a day's ride") int unitRadiusCells,
        @Param(def = "4", min = 0, max = 20, unit = "cells", doc = "radius over which a garrison projects influence",
                source = "assumption") int garrisonRadiusCells,
        @Param(def = "15", min = 0, max = 10000, unit = "fighters", doc = "influence needed to take a cell",
                source = "assumption") double minInfluence,
        @Param(def = "0.5", min = 0, max = 1, doc = "hostile/leading influence ratio above which a cell is contested",
                source = "Kalyvas 2006: zones of contested control") double contestRatio,
        @Param(def = "26", min = 1, max = 520, unit = "weeks", doc = "weeks of uninterrupted control to full entrenchment",
                source = "assumption; brief: ISSP entrenched in Ménaka after 2023") int entrenchWeeks,
        @Param(def = "0.7", min = 0, max = 0.99, doc = "share of a challenger's influence absorbed by full entrenchment",
                source = "assumption") double entrenchResist,
        @Param(def = "39", min = 1, max = 520, unit = "weeks", doc = "weeks without presence after which an insurgent-held cell falls to nobody",
                source = "assumption") int abandonWeeks,
        @Param(def = "104", min = 1, max = 5200, unit = "weeks", doc = "weeks without presence after which a cell held by a pro-government faction falls to nobody",
                source = "assumption: the state's hold on the countryside also needs presence (Kalyvas 2006), but outlasts an insurgent's") int stateAbandonWeeks,
        @Param(def = "12", min = 0, max = 104, unit = "weeks", doc = "control updates run before the first week to settle initial territory",
                source = "assumption: initial territory reflects initial presence") int spinUpWeeks,
        @Param(def = "10", min = 0, max = 200, unit = "cells", doc = "initial state control reaches this far from a garrison",
                source = "assumption; modelling guide §3: Burkinabe forces hold about 40% of the territory") int stateReachCells) {
}
