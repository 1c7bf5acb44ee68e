package org.sahelsim.model;

/**
 * A rule that runs once a week in one phase. Each submodel is one class in the {@code rules}
 * package with its own ODD page; it uses only the model's state and {@code model.random}.
 */
public interface Submodel {
    /** Which {@link Phases} slot the submodel runs in. */
    int phase();

    /** Resets any state the submodel keeps between weeks; called by {@code start()}. */
    default void reset(SahelModel model) {
    }

    /** Runs the submodel for the current week. */
    void apply(SahelModel model);
}
