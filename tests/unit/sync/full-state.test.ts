import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fullState, keptFullState, trackFullState } from '../../../electron/sync-server/full-state';

const contents = (bytes: Uint8Array) => {
  const d = new Y.Doc();
  Y.applyUpdate(d, bytes);
  return d.getMap('booths').toJSON();
};

describe("a show's kept full-state bytes", () => {
  it('are the bytes it was loaded from until it changes, then encoded once and kept until the next change', () => {
    const source = new Y.Doc();
    source.getMap('booths').set('b1', { id: 'b1' });
    const loaded = Y.encodeStateAsUpdate(source);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, loaded);
    trackFullState(doc, loaded);
    expect(keptFullState(doc)).toBe(loaded);
    expect(fullState(doc)).toBe(loaded);

    doc.getMap('booths').set('b2', { id: 'b2' });
    expect(keptFullState(doc)).toBeNull();
    const encoded = fullState(doc);
    expect(contents(encoded)).toEqual({ b1: { id: 'b1' }, b2: { id: 'b2' } });
    expect(keptFullState(doc)).toBe(encoded);

    doc.getMap('booths').delete('b1'); // a delete adds no item, only the delete set
    expect(keptFullState(doc)).toBeNull();
    expect(contents(fullState(doc))).toEqual({ b2: { id: 'b2' } });
  });

  it("are the first update into an empty document (a show put on the server), and not a later one's", () => {
    const doc = new Y.Doc();
    trackFullState(doc, null);
    expect(keptFullState(doc)).toBeNull();
    const client = new Y.Doc();
    client.getMap('booths').set('b1', { id: 'b1' });
    client.getMap('booths').set('b2', { id: 'b2' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(client));
    const kept = keptFullState(doc);
    expect(kept).not.toBeNull();
    expect(contents(kept!)).toEqual({ b1: { id: 'b1' }, b2: { id: 'b2' } });

    const before = Y.encodeStateVector(client);
    client.getMap('booths').set('b3', { id: 'b3' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(client, before));
    expect(keptFullState(doc)).toBeNull();
    expect(contents(fullState(doc))).toEqual({ b1: { id: 'b1' }, b2: { id: 'b2' }, b3: { id: 'b3' } });
  });
});
