package org.sahelsim.model;

/**
 * An administrative unit: an admin-1 region, or (Burkina Faso only) a province.
 *
 * @param code    ISO 3166-2 code, e.g. {@code ML-9}, {@code BF-12}, {@code BF-SOM}
 * @param name    name as Natural Earth (or ISO 3166-2 for BF regions) spells it
 * @param country ISO 3166-1 alpha-3 code of the country
 * @param parent  for a BF province the code of its region, otherwise null
 */
public record Region(String code, String name, String country, String parent) {
    public boolean isProvince() { return parent != null; }
}
