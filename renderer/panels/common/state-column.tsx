import type { ReactNode } from 'react';
import { Tag } from 'antd';
import type { AssignmentState } from '../../../shared/assignment/by-exhibitor';
import type { RowColumn } from './row-sort';

/** The assignment states in the order a list sorts them (none, part, all of what was asked for). */
export const ASSIGNMENT_STATES: AssignmentState[] = ['unassigned', 'partly', 'fully'];
const STATE_COLOR: Record<AssignmentState, string> = { unassigned: 'default', partly: 'gold', fully: 'green' };

/** An exhibitor table's assignment-state column: a coloured tag, sorted in the order above. */
export function stateColumn<R extends { state: AssignmentState }>(title: ReactNode, width: number, label: (s: AssignmentState) => string): RowColumn<R> {
  return {
    key: 'state',
    title,
    width,
    sorter: (a, b) => ASSIGNMENT_STATES.indexOf(a.state) - ASSIGNMENT_STATES.indexOf(b.state),
    render: (r) => (
      <Tag color={STATE_COLOR[r.state]} data-state={r.state}>
        {label(r.state)}
      </Tag>
    ),
  };
}
