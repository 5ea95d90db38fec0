/**
 * Builds the public Document (src/schema.ts) from what the passes found: groups name
 * mentions into entities, converts UTF-16 offsets to code points and computes totals.
 */
import type { Casualty, DateMention, Document, EntityType, Mention, NamedEntity, Place } from '../schema.js';
import type { Found, NameMention, NameType } from '../passes/types.js';
import type { ArticleDocument } from './document.js';
import { codePointMapper, type OffsetMapper } from './offsets.js';
import { computeTotals } from '../passes/totals.js';
import { usStateByAbbreviation } from '../rules/gazetteer.js';

export interface AssembleOptions {
  types: readonly EntityType[];
  explain?: boolean;
  emitText?: boolean;
  warnings?: string[];
}

export function assembleDocument(doc: ArticleDocument, found: Found, options: AssembleOptions): Document {
  const cp = codePointMapper(doc.text);
  const wants = (t: EntityType) => options.types.includes(t);
  const explain = options.explain === true;
  const result: Document = {
    path: doc.path,
    publishedAt: doc.publishedAt,
    people: wants('people') ? groupEntities(found.names, 'person', cp, explain) : [],
    places: wants('places') ? groupPlaces(found.names, cp, explain) : [],
    organizations: wants('organizations') ? groupEntities(found.names, 'organization', cp, explain) : [],
    dates: wants('dates')
      ? found.dates.map((d) => {
          const out: DateMention = { ...toMention(d, cp), value: d.value, type: d.type, mod: d.mod };
          if (explain) out.via = d.via;
          return out;
        })
      : [],
    casualties: wants('casualties')
      ? found.casualties.map((c) => {
          const { via, start: _s, end: _e, text: _t, ...fields } = c;
          const out: Casualty = { ...toMention(c, cp), ...fields };
          if (explain) out.via = via;
          return out;
        })
      : [],
    totals: wants('casualties') ? computeTotals(found.casualties) : {},
    warnings: options.warnings ?? [],
  };
  if (options.emitText) result.text = doc.text;
  return result;
}

function toMention(span: { start: number; end: number; text: string }, cp: OffsetMapper): Mention {
  return { text: span.text, start: cp(span.start), end: cp(span.end) };
}

/** Mentions grouped by canonical name; entities in order of first mention. */
function group(names: readonly NameMention[], type: NameType): Map<string, NameMention[]> {
  const groups = new Map<string, NameMention[]>();
  for (const m of [...names].filter((n) => n.type === type).sort((a, b) => a.start - b.start)) {
    const key = m.canonical ?? m.text;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return groups;
}

function toEntity(name: string, mentions: NameMention[], cp: OffsetMapper, explain: boolean): NamedEntity {
  const entity: NamedEntity = {
    name,
    aliases: [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name).sort(),
    mentions: mentions.map((m) => toMention(m, cp)),
  };
  if (explain) entity.via = [...new Set(mentions.map((m) => m.via))].sort();
  return entity;
}

function groupEntities(names: readonly NameMention[], type: NameType, cp: OffsetMapper, explain: boolean): NamedEntity[] {
  return [...group(names, type)].map(([name, mentions]) => toEntity(name, mentions, cp, explain));
}

/**
 * "KABUL" in a dateline is Kabul: a name written only in capitals takes the gazetteer's spelling when it is
 * the same name; an AP abbreviation of a US state takes the state's name ("Mo." → Missouri).
 */
function placeName(name: string, gazetteerName: string | undefined): string {
  const shouting = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
  if (shouting && gazetteerName && gazetteerName.toUpperCase() === name) return gazetteerName;
  return gazetteerName && usStateByAbbreviation(name)?.name === gazetteerName ? gazetteerName : name;
}

function groupPlaces(names: readonly NameMention[], cp: OffsetMapper, explain: boolean): Place[] {
  return [...group(names, 'place')].map(([name, mentions]) => {
    const info = (mentions.find((m) => m.text === name) ?? mentions[0]).place;
    const entity = toEntity(placeName(name, info?.name), mentions, cp, explain);
    if (entity.name !== name) entity.aliases = [...new Set([...entity.aliases, name])].sort();
    return {
      ...entity,
      country: info?.country ?? null,
      kind: info?.kind ?? 'other',
      lat: info?.lat ?? null,
      lon: info?.lon ?? null,
    };
  });
}
