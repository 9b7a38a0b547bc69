import { describe, expect, it } from 'vitest';
import { iso27001Catalogue } from './iso27001-2022.ts';
import { iso27001Guidance } from './iso27001-guidance.ts';

const assessable = iso27001Catalogue.filter((node) => node.assessable).map((node) => node.refId);

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Where ISO/IEC 27001:2022 itself requires documented information (../shared/DOMAIN.md §3).
const clausesRequiringDocuments = [
  '4.3',
  '5.2',
  '6.1.2',
  '6.1.3',
  '6.2',
  '7.2',
  '7.5.1',
  '8.1',
  '8.2',
  '8.3',
  '9.1',
  '9.2.2',
  '9.3.3',
  '10.2',
];

describe('ISO/IEC 27001:2022 guidance', () => {
  it('covers every assessable clause and control, and nothing else', () => {
    expect(Object.keys(iso27001Guidance).sort()).toEqual([...assessable].sort());
  });

  it.each(assessable)('%s has every field filled within its bounds', (refId) => {
    const guidance = iso27001Guidance[refId];
    if (!guidance) throw new Error(`no guidance for ${refId}`);
    expect(sentences(guidance.meaning).length, guidance.meaning).toBeGreaterThanOrEqual(3);
    expect(sentences(guidance.meaning).length, guidance.meaning).toBeLessThanOrEqual(6);
    expect(guidance.auditorQuestions.length).toBeGreaterThanOrEqual(3);
    expect(guidance.auditorQuestions.length).toBeLessThanOrEqual(6);
    for (const question of guidance.auditorQuestions) expect(question.trim()).toMatch(/\?$/);
    expect(guidance.typicalEvidence.length).toBeGreaterThanOrEqual(3);
    expect(guidance.typicalEvidence.length).toBeLessThanOrEqual(6);
    expect(guidance.commonGaps.length).toBeGreaterThanOrEqual(3);
    expect(guidance.commonGaps.length).toBeLessThanOrEqual(5);
    for (const item of [...guidance.auditorQuestions, ...guidance.typicalEvidence, ...guidance.commonGaps]) {
      expect(item.trim().length).toBeGreaterThan(10);
    }
    expect(guidance.documentedInformation.note.trim().length).toBeGreaterThan(10);
  });

  it('marks documented information as required exactly for the clauses that demand it', () => {
    const clauses = assessable.filter((refId) => !refId.startsWith('A.'));
    const required = clauses.filter((refId) => iso27001Guidance[refId]?.documentedInformation.required);
    expect(required).toEqual(clausesRequiringDocuments);
  });

  it('mentions the climate-change amendment where it applies', () => {
    for (const refId of ['4.1', '4.2']) expect(iso27001Guidance[refId]?.meaning.toLowerCase()).toContain('climate');
  });

  it('never repeats a sentence, question, evidence item or gap between two requirements', () => {
    const owner = new Map<string, string>();
    const repeats: string[] = [];
    for (const refId of assessable) {
      const guidance = iso27001Guidance[refId];
      if (!guidance) continue;
      const texts = [
        ...sentences(guidance.meaning),
        ...guidance.auditorQuestions,
        ...guidance.typicalEvidence,
        ...guidance.commonGaps,
        guidance.documentedInformation.note,
      ];
      for (const text of new Set(texts.map(normalized))) {
        if (text.split(' ').length < 4) continue;
        const first = owner.get(text);
        if (first && first !== refId) repeats.push(`${first} and ${refId}: "${text}"`);
        else owner.set(text, refId);
      }
    }
    expect(repeats).toEqual([]);
  });
});
