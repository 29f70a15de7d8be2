import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/create';
import type { Hall } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { buildPublishedMap } from '../../../shared/publish/published-map';
import { publicView } from '../../../shared/publish/public-view';

const hall = (id: string, code: string, order: number, level: number, x: number): Hall => ({
  id, code, order, level, name: { zh: `${code}馆`, en: `Hall ${code}` },
  outline: [[0, 0], [60, 0], [60, 40], [0, 40]],
  placement: { x, y: 0, rotation: 0 },
  background: null,
});

function show(): Project {
  const p = createProject({ name: { zh: '展', en: 'Show' } });
  p.halls = Object.fromEntries([hall('h1', 'A', 0, 1, 0), hall('h2', 'B', 1, 2, 0), hall('h3', 'C', 2, 3, 0), hall('h4', 'D', 3, -1, 0)].map((h) => [h.id, h]));
  // Level 1 named in both languages, 3 only in Chinese, 2 and -1 not at all.
  p.settings.site.levels = [
    { ordinal: 1, name: { zh: '首层', en: 'Ground' } },
    { ordinal: 3, name: { zh: '三层', en: '' } },
  ];
  return p;
}

/** The site tabs' names and the site overviews' labels of a published map. */
function sites(html: string): { tabs: { zh: string; en: string }[]; labels: string[] } {
  const data = JSON.parse(/<script type="application\/json" id="pv-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { sites: { name: { zh: string; en: string } }[] };
  return { tabs: data.sites.map((s) => s.name), labels: [...html.matchAll(/<svg id="site-\d+"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!) };
}

describe('published map levels', () => {
  it('names each level by its name, lowest first, with 1F / 1层-style defaults for unnamed levels and empty languages', () => {
    const { tabs, labels } = sites(buildPublishedMap(show(), { language: 'en' }));
    expect(tabs).toEqual([
      { zh: '场地 · 地下1层', en: 'Site · B1' },
      { zh: '场地 · 首层', en: 'Site · Ground' },
      { zh: '场地 · 2层', en: 'Site · 2F' },
      { zh: '场地 · 三层', en: 'Site · 3F' },
    ]);
    expect(labels).toEqual(['Site · B1', 'Site · Ground', 'Site · 2F', 'Site · 3F']);
  });

  it('is the same in a Chinese map, and the public view carries only the levels of the published halls', () => {
    expect(sites(buildPublishedMap(show(), { language: 'zh-CN' })).tabs.map((t) => t.zh)).toEqual(['场地 · 地下1层', '场地 · 首层', '场地 · 2层', '场地 · 三层']);
    expect(publicView(show(), ['h1', 'h3']).levels).toEqual([
      { ordinal: 1, name: { zh: '首层', en: 'Ground' } },
      { ordinal: 3, name: { zh: '三层', en: '3F' } },
    ]);
  });
});
