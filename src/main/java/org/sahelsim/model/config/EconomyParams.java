package org.sahelsim.model.config;

import org.sahelsim.model.Param;

/** Parameters of the groups' economy (docs/odd/submodels/economy.md), key {@code economy}. */
public record EconomyParams(
        @Param(def = "2", min = 0, max = 100, unit = "USD/resident/year", doc = "zakat and taxes raised per resident of a controlled cell",
                source = "brief: taxation and zakat on controlled populations; assumption for the value (a fraction of a percent of rural income)") double taxPerResident,
        @Param(def = "0.5", min = 0, max = 1, doc = "share of the tax raised in a contested cell",
                source = "assumption") double contestedTaxShare,
        @Param(def = "2", min = 0, max = 50, unit = "1/year", doc = "ransoms paid a year to a group whose policy allows kidnapping",
                source = "brief: hostages taken in Agadez, Niamey, Burkina Faso and Mali in 2025; assumption for the rate") double ransomsPerYear,
        @Param(def = "1", min = 0.01, max = 100, unit = "million USD", doc = "median of one ransom (log-normal)",
                source = "assumption") double ransomMedian,
        @Param(def = "1.5", min = 0, max = 3, doc = "log-normal sigma of one ransom",
                source = "brief: at least $50M for one hostage (2025), the largest in the region; about 1 ransom in 200 reaches it") double ransomSigma,
        @Param(def = "5000", min = 0, max = 1000000, unit = "USD/cell/year", doc = "checkpoint income per controlled border or Niger-river cell",
                source = "brief: blockades, borders and smuggling routes; assumption: no road network, so borders and the river stand for routes") double checkpointPerCell,
        @Param(def = "3", min = 1, max = 20, unit = "cells", doc = "ring around a town within which a blockade is held",
                source = "assumption") int blockadeRadiusCells,
        @Param(def = "0.5", min = 0, max = 1, doc = "share of the ring a group must hold to blockade a town it does not hold",
                source = "assumption; brief: JNIM fuel blockade of Bamako") double blockadeShare,
        @Param(def = "1", min = 0, max = 100, unit = "USD/resident/year", doc = "levy on the traffic of a blockaded town, per resident",
                source = "assumption") double blockadePerResident,
        @Param(def = "0.5", min = 0, max = 100, unit = "million USD/year", doc = "tax from a controlled artisanal gold area, per unit of its size",
                source = "ICG 2019: armed groups tax artisanal gold sites; assumption for the value") double goldPerSize,
        @Param(def = "0.2", min = 0, max = 1, doc = "share of that value extorted from an industrial mine's area",
                source = "assumption: industrial mines are guarded") double industrialGoldShare,
        @Param(def = "1", min = 0, max = 10, unit = "cells", doc = "radius of a gold area around its centre",
                source = "assumption: centres are approximate") int goldRadiusCells,
        @Param(def = "100", min = 0, max = 5000, unit = "USD/fighter/month", doc = "upkeep of one fighter",
                source = "assumption: stipend, food, fuel and ammunition") double upkeepPerFighter,
        @Param(def = "300", min = 0, max = 100000, unit = "USD/recruit", doc = "payment to a new recruit",
                source = "assumption: pay attracts recruits (issue)") double recruitBonus) {
}
