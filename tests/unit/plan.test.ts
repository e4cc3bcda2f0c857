import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSubsections } from '../../src/lib/plan.ts';

const plan = fs.readFileSync(new URL('../../content/documents/ke-hoach-trien-khai-phong-trao-thi-dua.md', import.meta.url), 'utf8');
const body = plan.split(/^---$/m).slice(2).join('---');

describe('planSubsections', () => {
  it('lists the six organisations of section V with their tasks', () => {
    const tasks = planSubsections(body, 'V');
    expect(tasks.map((s) => s.id)).toEqual(['muc-v-1', 'muc-v-2', 'muc-v-3', 'muc-v-4', 'muc-v-5', 'muc-v-6']);
    expect(tasks[2]!.title).toBe('3. Phòng Văn hóa - Xã hội');
    expect(tasks[2]!.items).toHaveLength(4);
    expect(tasks[3]!.items[0]).toMatch(/^Chủ trì, phối hợp với các cơ quan/);
  });

  it('strips list dashes and bold markers', () => {
    const tasks = planSubsections(body, 'V');
    expect(tasks[0]!.items[1]).toContain('ngày 05 tháng 11 hàng năm');
    expect(tasks.flatMap((s) => s.items).some((i) => i.includes('**') || i.startsWith('- '))).toBe(false);
  });

  it('returns nothing for a part that does not exist', () => {
    expect(planSubsections(body, 'IX')).toEqual([]);
  });
});
