import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE, computeColouring, NEUTRAL_FILL } from '../../../renderer/editor/assignment/colour-mode';
import { STATUS_FILL } from '../../../renderer/editor/status-colors';
import { assign, exhibitor, show, zone } from './fixtures';

describe('computeColouring', () => {
  it('status mode leaves fills to the status colours and counts booths per status', () => {
    const p = show(3);
    p.exhibitors.e1 = exhibitor('e1', 'Viettel', '越南电信', 'VN');
    assign(p, 'b1', 'e1');
    const c = computeColouring(p, 'status');
    expect(c.fills).toBeNull();
    expect(c.legend.find((e) => e.key === 'assigned')).toEqual({ key: 'assigned', color: STATUS_FILL.assigned, booths: 1 });
    expect(c.legend.find((e) => e.key === 'available')?.booths).toBe(2);
  });

  it('zone mode uses each zone colour, and a neutral fill for booths without a zone', () => {
    const p = show(3);
    p.zones.z1 = zone('z1', '#123456');
    p.booths.b1 = { ...p.booths.b1!, zoneId: 'z1' };
    p.booths.b2 = { ...p.booths.b2!, zoneId: 'z1' };
    const c = computeColouring(p, 'zone');
    expect(c.fills?.get('b1')).toBe('#123456');
    expect(c.fills?.get('b3')).toBe(NEUTRAL_FILL);
    expect(c.legend).toEqual([
      { key: 'z1', color: '#123456', booths: 2 },
      { key: '', color: NEUTRAL_FILL, booths: 1 },
    ]);
  });

  it('country mode colours by the occupant (assigned or held), most frequent country first', () => {
    const p = show(4);
    p.exhibitors.e1 = exhibitor('e1', 'Viettel', '越南电信', 'VN');
    p.exhibitors.e2 = exhibitor('e2', 'Alibaba', '阿里巴巴', 'CN');
    assign(p, 'b1', 'e2');
    assign(p, 'b2', 'e2');
    p.booths.b3 = { ...p.booths.b3!, status: 'hold', claim: { exhibitorId: 'e1', until: null, note: '' } };
    const c = computeColouring(p, 'country');
    expect(c.legend.map((e) => [e.key, e.booths])).toEqual([
      ['CN', 2],
      ['VN', 1],
      ['', 1],
    ]);
    expect(c.fills?.get('b1')).toBe(CATEGORY_PALETTE[0]);
    expect(c.fills?.get('b3')).toBe(CATEGORY_PALETTE[1]);
    expect(c.fills?.get('b4')).toBe(NEUTRAL_FILL);
  });

  it('sector mode takes the exhibitor’s first sector', () => {
    const p = show(2);
    p.exhibitors.e1 = exhibitor('e1', 'Robo', '机器人', 'TH', { sectors: ['robotics', 'artificial-intelligence'] });
    assign(p, 'b1', 'e1');
    const c = computeColouring(p, 'sector');
    expect(c.legend[0]).toMatchObject({ key: 'robotics', booths: 1 });
  });
});
