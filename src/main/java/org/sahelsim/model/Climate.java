package org.sahelsim.model;

/** Climate band of a cell; ordinals are stored in {@link SahelMap#climate}. */
public enum Climate {
    /** Desert: below about 150 mm of rain a year. */
    SAHARAN,
    /** Semi-arid belt: about 150-600 mm. */
    SAHELIAN,
    /** Savanna: above about 600 mm (the Sudanian and, further south, Guinean zones). */
    SUDANIAN
}
