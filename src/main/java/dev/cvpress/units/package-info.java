/** Small value types shared by every stage: lengths, colours, paper sizes. Depends on nothing. */
package dev.cvpress.units;
