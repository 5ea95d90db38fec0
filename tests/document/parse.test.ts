import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parse, touchesNameTag } from '../../src/document/parse.js';

describe('touchesNameTag: the post-tagger patterns glean keeps', () => {
  it('keeps patterns that set or remove a name tag, in any of compromise’s spellings', () => {
    expect(touchesNameTag({ tag: 'Person' })).toBe(true);
    expect(touchesNameTag({ tag: '#FirstName #Person .' })).toBe(true);
    expect(touchesNameTag({ tag: 'Acronym,Person' })).toBe(true);
    expect(touchesNameTag({ tag: ['Verb', 'City'] })).toBe(true);
    expect(touchesNameTag({ tag: 'Uncountable', unTag: 'Place' })).toBe(true);
    expect(touchesNameTag({ unTag: 'Organization' })).toBe(true);
  });

  it('drops patterns that only tell verbs, nouns, adjectives and values apart', () => {
    expect(touchesNameTag({ tag: 'Verb' })).toBe(false);
    expect(touchesNameTag({ tag: '#Verb #Preposition #Determiner', unTag: 'PhrasalVerb' })).toBe(false);
    expect(touchesNameTag({ tag: 'Singular', unTag: 'Value' })).toBe(false);
    expect(touchesNameTag({ tag: 'Personal' })).toBe(false);
    expect(touchesNameTag({})).toBe(false);
  });
});

describe('parse: glean’s compromise parse', () => {
  const news = 'Prime Minister Boris Johnson met Emmanuel Macron in Paris on Monday. The BBC reported that Pope Francis will visit Kenya.';

  it('finds the people, places and organisations compromise’s full tagger finds', () => {
    const ours = parse(news);
    const theirs = nlp(news);
    for (const method of ['people', 'places', 'organizations'] as const) {
      expect(ours[method]().out('array')).toEqual(theirs[method]().out('array'));
    }
    expect(ours.people().out('array')).toEqual(['Boris Johnson', 'Emmanuel Macron', 'Pope Francis']);
  });

  it('still runs the name patterns of the post-tagger (without them these names come out cut)', () => {
    expect(parse('Yesterday pope Francis spoke.').people().out('array')).toEqual(['pope Francis']);
    expect(parse('Then Jean de Gaulle arrived.').people().out('array')).toEqual(['Jean de Gaulle']);
    expect(parse('General Stanley McChrystal said.').people().out('array')).toEqual(['General Stanley McChrystal']);
    expect(parse('Mohammed bin Salman spoke.').people().out('array')).toEqual(['Mohammed bin Salman']);
    expect(parse('Gen. John R. Allen spoke').people().out('array')).toEqual(['Gen. John R. Allen']);
  });

  it('keeps every term and its text, so sentences and offsets come out whole', () => {
    const view = parse(news);
    expect(view.text()).toBe(news);
    expect(view.sentences().length).toBe(2);
  });

  it('leaves compromise unchanged for anyone else in the process', () => {
    const hooks = [...nlp.hooks()];
    parse('Soldiers quickly march to the border.');
    expect(nlp.hooks()).toEqual(hooks);
    expect(hooks).toContain('postTagger');
    expect(hooks).toContain('chunks');
    // compromise's own post-tagger still tags "march" after a modal as a month here; glean's, without
    // that pattern, leaves compromise's pre-tagger verb
    expect(nlp('He will march tomorrow.').match('march').has('#Month')).toBe(true);
    expect(parse('He will march tomorrow.').match('march').has('#Month')).toBe(false);
  });
});
