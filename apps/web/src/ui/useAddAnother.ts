import { nextTick } from 'vue';

/**
 * Adding a row to an "add another" list: keyboard users land in the new row's first field, not back on the
 * button. `focusRow` does the same after a removal.
 */
export function useAddAnother<Row>(rows: () => Row[], blank: () => Row, firstFieldId: (index: number) => string) {
  function focusRow(index: number): void {
    void nextTick(() => document.getElementById(firstFieldId(index))?.focus());
  }
  function add(): void {
    rows().push(blank());
    focusRow(rows().length - 1);
  }
  return { add, focusRow };
}
