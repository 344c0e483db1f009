package dev.cvpress.layout;

import java.util.List;

/**
 * The unit pagination moves: one line (with its markers, rules and links), its height, the space
 * around it, and whether it must stay on the same page as the slot after it. Item y coordinates
 * are relative to the slot's top.
 */
record Slot(double spaceBefore, double height, double spaceAfter, boolean keepWithNext, List<Item> items) {

    Slot {
        items = List.copyOf(items);
    }

    Slot keepingWithNext() {
        return new Slot(spaceBefore, height, spaceAfter, true, items);
    }
}
