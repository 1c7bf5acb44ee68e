package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/** Parameters of the movement submodel (docs/odd/submodels/movement.md). */
public record MovementParams(
        @Param(def = "3", min = 0, max = 15, unit = "cells/week", doc = "moves per week of a mobile unit",
                source = "assumption: motorbike bands cover 30-60 km of bush a week while living off the land") int speedCells,
        @Param(def = "12", min = 1, max = 60, unit = "cells", doc = "radius in which a unit looks for a destination",
                source = "assumption") int planRadiusCells,
        @Param(def = "12", min = 1, max = 64, unit = "cells", doc = "candidate destinations scored per plan",
                source = "assumption: bounded rationality") int candidates,
        @Param(def = "4", min = 1, max = 52, unit = "weeks", doc = "weeks before a unit re-plans",
                source = "assumption") int replanWeeks,
        @Param(def = "1.0", min = 0, max = 10, doc = "weight of log population at the destination",
                source = "Kalyvas 2006: control of people is the prize") double wPopulation,
        @Param(def = "1.5", min = 0, max = 10, doc = "weight of a destination not held by the own faction",
                source = "assumption: expansion drive") double wFrontier,
        @Param(def = "1.0", min = 0, max = 10, doc = "weight of hostile strength near the destination",
                source = "assumption; sign set by the force ratio") double wEnemy,
        @Param(def = "2.0", min = 0, max = 10, doc = "weight of distance from home beyond the leash",
                source = "brief: local commanders tied to home areas") double wHome,
        @Param(def = "0.8", min = 0, max = 10, doc = "weight of a destination on an international border",
                source = "brief: race to the borders in the Niger-Nigeria-Benin triangle") double wBorder,
        @Param(def = "2.0", min = 0, max = 5, doc = "weight of a destination in the own group's base area, times 1 - commanderAutonomy",
                source = "Staniland 2014: central control keeps fighters on the group's core; value chosen on calibration seeds (docs/odd/trace.md)") double wBase,
        @Param(def = "0.2", min = 0, max = 1, doc = "share of a group's initial fighters that makes a region part of its base area",
                source = "assumption: the regions of the group's main fronts in the evidence of the initial forces") double baseShare,
        @Param(def = "25", min = 1, max = 200, unit = "cells", doc = "distance from home a unit roams freely",
                source = "assumption") int leashCells,
        @Param(def = "1.0", min = 0, max = 10, unit = "utility/cell", doc = "extra cost of a river cell",
                source = "assumption: crossings are chokepoints") double riverCost,
        @Param(def = "1.5", min = 0, max = 10, unit = "utility/cell", doc = "extra cost of a Saharan cell",
                source = "assumption: water and fuel") double desertCost,
        @Param(def = "0.5", min = 0.01, max = 10, doc = "softmax temperature of destination choice",
                source = "assumption: noise in decisions") double temperature) {
}
