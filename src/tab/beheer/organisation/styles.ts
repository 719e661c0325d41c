import { makeStyles, tokens } from '@fluentui/react-components';

/** The look the Organisatie forms share: a card per task, fields in one column that fit 360 px. */
export const useOrgStyles = makeStyles({
  card: {
    padding: '12px',
    margin: '0 0 16px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'grid',
    gap: '10px',
    // One column that may shrink below its content's width: a long team name in a list must not widen the page.
    gridTemplateColumns: 'minmax(0, 1fr)',
    minWidth: 0,
  },
  /** A field whose control may be narrower than its content (a list of long names). */
  narrowField: { gridTemplateColumns: 'minmax(0, 1fr)', '& .fui-Select': { minWidth: 0 } },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '4px 0 0' },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  fields: {
    display: 'grid',
    gap: '10px',
    // A field with a hint or a message is taller: its neighbour keeps its own height.
    alignItems: 'start',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 720px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  saved: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '6px' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '4px 12px',
    padding: '6px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  grow: { flexGrow: 1, minWidth: '10em', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  confirm: {
    padding: '8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'grid',
    gap: '8px',
    flexBasis: '100%',
  },
  fieldset: { border: 'none', padding: 0, margin: 0, minWidth: 0 },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'left',
      padding: '4px 8px',
      borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
      verticalAlign: 'top',
    },
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
  focusTarget: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});
