package org.backpropfx.ui.lecture;

import java.util.Set;

import org.backpropfx.quiz.Quantity;
import org.backpropfx.session.i18n.Texts;

/** Which values the quiz asks for: any, or one kind the instructor is drilling. */
public enum QuizFocus {
    ANY("any value", Set.of(Quantity.values())),
    OUTPUTS("outputs", Set.of(Quantity.NET_INPUT, Quantity.OUTPUT)),
    ERRORS("the error", Set.of(Quantity.ERROR)),
    DELTAS("deltas", Set.of(Quantity.DELTA)),
    NEW_WEIGHTS("new weights", Set.of(Quantity.NEW_WEIGHT));

    private final String title;
    private final Set<Quantity> quantities;

    QuizFocus(String title, Set<Quantity> quantities) {
        this.title = title;
        this.quantities = quantities;
    }

    public boolean includes(Quantity q) { return quantities.contains(q); }

    @Override
    public String toString() { return Texts.get("quiz.focus." + name()); }
}
