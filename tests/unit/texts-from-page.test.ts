import { describe, expect, it } from 'vitest';
import { TextsFromPage } from '../../src/export/texts-from-page.ts';

function textsWithAsks() {
  const asked: string[] = [];
  const texts = new TextsFromPage((language, namespace) => asked.push(`${language}/${namespace}`));
  return { texts, asked };
}

describe('The export worker’s texts, held by the page', () => {
  it('finds a namespace the page sent ahead without asking for it', async () => {
    const { texts, asked } = textsWithAsks();
    texts.receive({ language: 'fr', namespace: 'document', resources: { title: 'Projet' } });
    await expect(texts.load('fr', 'document')).resolves.toEqual({ title: 'Projet' });
    expect(asked).toEqual([]);
  });

  it('asks the page once for a namespace it lacks, however many loads wait, and answers them all', async () => {
    const { texts, asked } = textsWithAsks();
    const first = texts.load('de', 'flow-eu');
    const second = texts.load('de', 'flow-eu');
    expect(asked).toEqual(['de/flow-eu']);
    texts.receive({ language: 'de', namespace: 'flow-eu', resources: { a: 'b' } });
    await expect(Promise.all([first, second])).resolves.toEqual([{ a: 'b' }, { a: 'b' }]);
    // Another language is another namespace to ask for.
    void texts.load('en', 'flow-eu');
    expect(asked).toEqual(['de/flow-eu', 'en/flow-eu']);
  });

  it('fails the waiting loads with the page’s reason when the page cannot load it either, and asks again next time', async () => {
    const { texts, asked } = textsWithAsks();
    const waiting = texts.load('es', 'clauses');
    texts.refuse('es', 'clauses', 'No locale file for es/clauses');
    await expect(waiting).rejects.toThrow('No locale file for es/clauses');
    void texts.load('es', 'clauses');
    expect(asked).toEqual(['es/clauses', 'es/clauses']);
  });
});
