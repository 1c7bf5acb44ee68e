package org.sahelsim.validate;

/**
 * Weekly observations a validation probe records per run, one value per simulated week. Flags
 * are 0 or 1. A series that depends on a rule the model does not have yet is not recorded, and
 * the criteria that need it are then not evaluable (docs/odd/calibration.md).
 */
public enum Series {
    JNIM_FIGHTERS("JNIM fighters"),
    ISSP_FIGHTERS("ISSP fighters"),
    ISWAP_FIGHTERS("ISWAP fighters"),
    JNIM_POPULATION("population in JNIM-controlled cells"),
    ISSP_POPULATION("population in ISSP-controlled cells"),
    JNIM_EVENTS("violent events involving JNIM"),
    ISSP_EVENTS("violent events involving ISSP"),
    MENAKA_ISSP_SHARE("share of the Ménaka region's land cells held by ISSP, 0..1"),
    MENAKA_TOWN_PRO_GOVERNMENT("1 when the cell of Ménaka town is held by a pro-government faction"),
    ISSP_JNIM_CLASHES("clashes between ISSP and JNIM"),
    ISSP_JNIM_CLASHES_NEAR_BOTH("of which in a cell near both groups' territory"),
    ISSP_JNIM_TRUCE("1 when a truce between ISSP and JNIM is in force somewhere (ceasefire submodel)"),
    CORRIDOR_CONNECTED("1 when the ISSP-ISWAP corridor connects (corridor submodel)"),
    ISSP_COMPLEX_RAID("1 when ISSP has the complex-raid capability (capability submodel)"),
    ISSP_AIR_BASE_RAIDS("raids by ISSP on air-base sites"),
    BELT_JNIM_SHARE("share of the south-east Niger belt's cells held by JNIM, 0..1"),
    BELT_IS_PRESENT("1 when ISSP or ISWAP has a unit or a controlled cell in the belt"),
    BENIN_JNIM_CELLS("cells of Alibori and Atakora held by JNIM"),
    BENIN_ISSP_CELLS("cells of Alibori and Atakora held by ISSP"),
    EVENTS_MLI("violent events in Mali"),
    EVENTS_BFA("violent events in Burkina Faso"),
    EVENTS_NER("violent events in Niger"),
    EVENTS_NGA("violent events in Nigeria"),
    EVENTS_BEN("violent events in Benin");

    /** What the series measures, with its unit. */
    public final String doc;

    Series(String doc) {
        this.doc = doc;
    }

    /** The per-country event series, in the order of {@code SahelModel.STUDY_COUNTRIES}. */
    public static final Series[] EVENTS_BY_COUNTRY = {EVENTS_MLI, EVENTS_BFA, EVENTS_NER, EVENTS_NGA, EVENTS_BEN};
}
