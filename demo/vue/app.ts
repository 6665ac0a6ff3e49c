/**
 * Symmetry Insights inside a Vue app, with render functions (`h`), so no template compiler or
 * Vue plugin is needed. Vue sets custom-element props as properties when the element has them,
 * and `onSymSelect` listens to the `sym-select` DOM event.
 */
import { defineComponent, h, ref } from 'vue';
import '../../src/components/workspace/workspace.ts';
import '../../src/components/kpi/kpi.ts';
import '../../src/components/scatter/scatter.ts';
import type { SymSelectEvent } from '../../src/components/shared/events.ts';

/** A workspace with two KPI tiles and the engagement × NPS scatter; shows the selected unit. */
export const SymmetryPanel = defineComponent({
  name: 'SymmetryPanel',
  props: {
    /** IndexedDB database of the workspace; two panels with different names never share data. */
    database: { type: String, required: true },
    /** Load the built-in sample dataset when the database is empty. */
    sample: { type: Boolean, default: true },
  },
  emits: {
    /** The unit id selected in a chart (undefined when cleared). */
    unitSelect: (unit: string | undefined) => unit === undefined || typeof unit === 'string',
  },
  setup(props, { emit }) {
    const unit = ref<string | undefined>(undefined);
    const handleSelect = (event: SymSelectEvent): void => {
      unit.value = event.detail.unit;
      emit('unitSelect', event.detail.unit);
    };
    return () =>
      h('sym-workspace', { database: props.database, sample: props.sample, onSymSelect: handleSelect }, [
        h('div', { class: 'tiles' }, [h('sym-kpi', { metric: 'enps' }), h('sym-kpi', { metric: 'nps' })]),
        h('sym-scatter', { x: 'engagement', y: 'nps' }),
        h('p', { class: 'selection', role: 'status' }, unit.value ? `Selected unit: ${unit.value}` : 'Click a unit in the chart to select it.'),
      ]);
  },
});
