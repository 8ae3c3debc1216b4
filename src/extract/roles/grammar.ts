/**
 * The role and unit vocabulary, read from grammars/roles/*.json and grammars/units/*.json.
 * Code in this folder never spells a label, verb or suffix itself: it asks this module.
 */
import labelsJson from '../../../grammars/roles/labels.json'
import verbsJson from '../../../grammars/roles/verbs.json'
import rulesJson from '../../../grammars/roles/document-rules.json'
import timeJson from '../../../grammars/roles/time-cues.json'
import suffixJson from '../../../grammars/units/suffixes.json'
import connectorsJson from '../../../grammars/units/connectors.json'
import compoundsJson from '../../../grammars/units/compounds.json'
import aliasesJson from '../../../grammars/units/aliases.json'
import placesJson from '../../../grammars/units/places.json'
import { Lexicon } from './lexicon.js'
import { codeSet } from '../../text/brackets.js'
import { escapeRegExp } from '../../text/regexp.js'
import type { RoleKind } from './types.js'

export interface LabelEntry {
  label: string
  role: RoleKind
  persons: boolean
}

export interface VerbEntry {
  verb: string
  role: RoleKind
}

const labelEntries: LabelEntry[] = labelsJson.labels.map((l) => ({
  label: l.label,
  role: l.role as RoleKind,
  persons: 'persons' in l && l.persons === true,
}))

/** A duty action scoped to the units' remit (做好职责范围内的…): each action and scope joined, a verb of the responsible. */
const scopedDutyVerbs = verbsJson.scopedDuties.actions.flatMap((a) => verbsJson.scopedDuties.scopes.map((s) => ({ verb: a + s, role: 'responsible' })))

const verbEntries: VerbEntry[] = [...verbsJson.verbs, ...verbsJson.parenVerbs, ...scopedDutyVerbs].map((v) => ({ verb: v.verb, role: v.role as RoleKind }))

/** Longest first, so that 人民政府办公室 is tried before 人民政府 and 城市 before 市. */
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|')

/** Matches a whole unit that is a government named by no place: place-class words only, then a head. */
function placelessGovernment(spec: { heads: string[]; placeClasses: string[] }): RegExp {
  return new RegExp(`^(?:${alternation(spec.placeClasses)})*(?:${alternation(spec.heads)})$`)
}

/** Everything the scanner reads from grammars/, built once at module load (small lists). */
export const grammar = {
  labels: new Lexicon(labelEntries.map((l) => l.label)),
  label: new Map(labelEntries.map((l) => [l.label, l])),
  /** The second noun a label may name beside its own before the colon (`责任部门、单位：`, `责任单位（部门）：`; labels.json pairedNouns). */
  pairedNoun: new RegExp(
    `^(?:(?:${labelsJson.pairedNouns.joiners.map(escapeRegExp).join('|')})(?:${alternation(labelsJson.pairedNouns.nouns)})|[（(](?:${alternation(labelsJson.pairedNouns.nouns)})[）)])`,
  ),
  /** A role word in brackets closing a unit of a labelled list (`省发展改革委（牵头）`; labels.json unitMarks): the mark and its role. */
  unitMark: new RegExp(`[（(](${alternation(labelsJson.unitMarks.map((m) => m.mark))})[）)]$`),
  unitMarkRole: new Map(labelsJson.unitMarks.map((m) => [m.mark, m.role as RoleKind])),
  /** `本计画执行机关为…` (labels.json `ownLink`): a label of the text's own runner joined by a verb. */
  ownLink: { link: labelsJson.ownLink.link, owners: labelsJson.ownLink.owners.map((o) => `本${o}`), of: labelsJson.ownLink.of },
  verbs: new Lexicon(verbEntries.map((v) => v.verb)),
  verb: new Map(verbEntries.map((v) => [v.verb, v])),
  /** Verbs that assign only inside a parenthesis (主办). */
  parenOnlyVerbs: new Set(verbsJson.parenVerbs.map((v) => v.verb)),
  /** A standard's own name opening a foreword sentence with 由 (本指南由…负责管理): its 由-clauses assign nothing. */
  forewordSubjects: new Lexicon(verbsJson.forewordSubjects),
  /** Verbs that assign only closing a parenthesis's clause right after its units (…市人民政府落实): not in `verbs`. */
  parenTailVerbs: new Lexicon(verbsJson.parenTailVerbs.map((v) => v.verb)),
  parenTailRole: new Map(verbsJson.parenTailVerbs.map((v) => [v.verb, v.role as RoleKind])),
  verbNotAfter: verbsJson.notAfter as string[],
  verbNotBefore: new Lexicon(verbsJson.notBefore),
  verbNotBeforeExcept: new Lexicon(verbsJson.notBeforeExcept),
  pastMarker: verbsJson.pastAspect.marker,
  pastWithin: verbsJson.pastAspect.within,
  pastNotWords: new Lexicon(verbsJson.pastAspect.notWords),
  attributiveHeads: new Lexicon(verbsJson.attributiveHeads),
  nominalBefore: new Set([...verbsJson.nominalBefore]),
  relativeHeads: new Lexicon(verbsJson.relativeHeads),
  attributiveNext: new Lexicon(verbsJson.attributiveNext),
  dutyPrefixes: new Lexicon(verbsJson.dutyPrefixes),
  dutyActions: new Lexicon(verbsJson.dutyActions),
  dutyJoinActions: new Lexicon(verbsJson.dutyJoinActions),
  dutyShares: new Lexicon(verbsJson.dutyChain.shares),
  dutyCooperation: new Lexicon(verbsJson.dutyChain.cooperation),
  dutyOpeners: new Lexicon(verbsJson.dutyOpen.openers),
  dutyClosers: new Lexicon(verbsJson.dutyOpen.closers),
  maxDutyInside: verbsJson.dutyOpen.maxInside,
  fillers: new Lexicon(verbsJson.fillers),
  basisOpeners: new Lexicon(verbsJson.basis.openers),
  maxBasisInside: verbsJson.basis.maxInside,
  withNeedsLead: verbsJson.withNeedsLead,
  sharedLevel: {
    prefixes: new Lexicon(verbsJson.sharedLevel.prefixes),
    heads: verbsJson.sharedLevel.heads,
    notBefore: new Lexicon(verbsJson.sharedLevel.notBefore),
  },
  with: new Lexicon(verbsJson.with),
  withRole: verbsJson.withRole as RoleKind,
  by: new Lexicon(verbsJson.by),
  byNotBefore: new Lexicon(verbsJson.byNotBefore),
  byNotAfter: new Lexicon(verbsJson.byNotAfter),
  byAfterWords: new Lexicon(verbsJson.byAfterWords),
  byPronouns: new Lexicon(verbsJson.byPronoun.words),
  byPronounNotBefore: new Set([...verbsJson.byPronoun.notBefore]),
  byFrames: verbsJson.byFrames,
  subjectFrames: verbsJson.subjectFrames,
  subjectBasis: verbsJson.subjectBasis.map((f) => ({ opens: new Lexicon(f.opens), closes: f.closes, notAfter: new Set([...f.notAfter]) })),
  subjectNotHolding: new Lexicon(verbsJson.carriedSubject.notHolding),
  subjectConditionEnds: verbsJson.carriedSubject.conditionEnds as string[],
  subjectSetUpHeads: verbsJson.carriedSubject.setUpHeads as string[],
  subjectSetUpVerbs: new Lexicon(verbsJson.carriedSubject.setUpVerbs),
  subjectCoordinators: new Lexicon(verbsJson.carriedSubject.coordinators),
  definitionOpeners: new Lexicon(verbsJson.carriedSubject.definitions),
  inChargeVerbs: verbsJson.carriedSubject.inCharge,
  definedCopulas: new Lexicon(verbsJson.definedInCharge.copulas),
  definedMaxHead: verbsJson.definedInCharge.maxHead,
  pivots: new Lexicon(verbsJson.pivots.words),
  pivotNotBefore: new Set([...verbsJson.pivots.notBefore]),
  objectFrame: {
    open: verbsJson.objectFrame.open,
    verbs: new Lexicon(verbsJson.objectFrame.verbs),
    actionVerbs: new Lexicon(verbsJson.objectFrame.actionVerbs),
    truthObjects: new Lexicon(verbsJson.objectFrame.truthObjects),
    maxInside: verbsJson.objectFrame.maxInside,
    accountableAfter: new Lexicon(verbsJson.objectFrame.accountableAfter),
    notAccountable: new Lexicon(verbsJson.objectFrame.notAccountable),
  },
  responsibleSubject: {
    copula: verbsJson.responsibleSubject.copula,
    labels: new Lexicon(verbsJson.responsibleSubject.labels),
    publicHeads: verbsJson.responsibleSubject.publicHeads,
  },
  itemOwner: {
    verbs: new Lexicon(verbsJson.itemOwner.verbs),
    joiner: verbsJson.itemOwner.joiner,
    ordinal: verbsJson.itemOwner.ordinal,
    counters: new Lexicon(verbsJson.itemOwner.counters),
  },
  officerLeader: {
    open: verbsJson.officerLeader.open,
    nameMax: verbsJson.officerLeader.nameMax,
    titles: new Lexicon(verbsJson.officerLeader.titles),
    verbs: new Lexicon(verbsJson.officerLeader.verbs),
  },
  appointment: {
    open: verbsJson.appointment.open,
    objectEnds: verbsJson.appointment.objectEnds,
    maxInside: verbsJson.appointment.maxInside,
    /** Role labels that name units (not 牵头领导), read after `open`. */
    labels: new Lexicon(labelEntries.filter((l) => !l.persons).map((l) => l.label)),
  },
  dutyListVerbs: new Lexicon(verbsJson.dutyList.verbs),
  dutyListNouns: new Lexicon(verbsJson.dutyList.nouns),
  dutyListHeads: new Lexicon(verbsJson.dutyList.heads),
  dutyListLinks: new Lexicon(verbsJson.dutyList.headLinks),
  dutyListPronouns: new Lexicon(verbsJson.dutyList.pronouns),
  dutyListCarriedNotInName: verbsJson.dutyList.carriedNotInName,
  /** Scope frames between a duty-list head's units and its verb (在…中, 对执行本办法). */
  dutyListFrames: verbsJson.dutyList.frames.map((f) => ({ open: f.open, closes: new Lexicon(f.closes) })),
  dutyListFrameMax: verbsJson.dutyList.frameMaxInside,
  leadIn: new Lexicon(verbsJson.leadIn),
  stopInBy: new Lexicon(verbsJson.stopInBy),
  scopeTrim: new Lexicon(verbsJson.scopeTrim),

  firstListed: new Lexicon(rulesJson.firstListedLead.first),
  firstListedIs: new Lexicon(rulesJson.firstListedLead.is),
  firstListedLabels: new Lexicon(rulesJson.firstListedLead.leadLabels),
  standingOpeners: new Lexicon(rulesJson.standing.openers),
  standingClosers: new Lexicon(rulesJson.standing.closers),
  standingVerbs: new Lexicon(rulesJson.standing.verbs),

  timeUnits: new Lexicon(timeJson.units),
  timeWords: new Lexicon(timeJson.words),

  organSuffixes: new Lexicon(suffixJson.organ),
  collectiveSuffixes: new Lexicon(suffixJson.collective),
  standalone: new Set(suffixJson.standalone),
  /** Bare words no unit although a shorter suffix ends them (公司: 司). */
  bareNotUnit: new Set(suffixJson.bareNotUnit),
  /** Organs named by a bare suffix, read only when the name alone opens its clause (海关负责…). */
  clauseOpeningOrgans: new Set(suffixJson.clauseOpeningOrgans),
  notOrgan: new Lexicon(suffixJson.notOrgan),
  collectiveStarts: new Lexicon(suffixJson.collectiveStarts),
  collectiveScopes: new Set<string>(suffixJson.collectiveScopes),
  pointerStarts: new Lexicon(suffixJson.pointerStarts),
  hiredStarts: new Lexicon(suffixJson.hiredStarts),
  collectiveTails: new Set(suffixJson.collectiveTails),
  startedSuffixes: new Lexicon(suffixJson.startedSuffixes),
  startedNotAfter: new Set(suffixJson.startedNotAfter),
  modifiedHeads: new Set(suffixJson.modifiedHeads),
  notModifiers: new Set(suffixJson.notModifiers),
  /** A government named by no place: only place-class words before its head (城市人民政府, 人民政府); see qualifiedGovernments in grammars/units/suffixes.json. */
  placelessGovernment: placelessGovernment(suffixJson.qualifiedGovernments),
  subjectNotBefore: new Set([...suffixJson.subjectNotBefore]),
  officers: new Lexicon(suffixJson.officers),
  forbidden: new Lexicon(suffixJson.forbidden),
  forbiddenExcept: new Lexicon(suffixJson.forbiddenExcept),
  maxUnitLength: suffixJson.maxLength,
  maxOwnerLength: suffixJson.maxOwnerLength,
  ownerLevelRanges: new Lexicon(suffixJson.ownerLevelRanges),
  passiveMark: suffixJson.passiveMark,
  dutyNamedVerbs: new Lexicon(suffixJson.dutyNamed.verbs),
  dutyNamedHeads: new Set(suffixJson.dutyNamed.heads),
  dutyNamedLevelEnds: new Lexicon(suffixJson.dutyNamed.levelEnds),
  dutyNamedMaxDuty: suffixJson.dutyNamed.maxDuty as number,
  heldRoles: new Lexicon(suffixJson.heldRoles),
  heldRoleFields: new Set(suffixJson.heldRoleFields),
  levelOpeners: new Lexicon(suffixJson.levelJoin.openers),
  levels: new Lexicon(suffixJson.levelJoin.levels),
  levelSuffixes: new Set(suffixJson.levelJoin.suffixes),
  levelNotBefore: new Set([...suffixJson.levelJoin.notBefore]),
  levelNotBeforeExcept: new Lexicon(suffixJson.levelJoin.notBeforeExcept),
  ownedBodies: new Set(suffixJson.ownedBodies),
  ownedAfter: new Set(suffixJson.ownedAfter),
  sharedHeadAfter: new Set(suffixJson.sharedHeadAfter),
  sharedHeads: new Set(suffixJson.sharedHeads),
  alternativeAfter: new Set(suffixJson.alternativeAfter),
  alternativeHeads: new Set(suffixJson.alternativeHeads),
  notInFields: suffixJson.notInFields as string[],
  levelAnd: new Lexicon(suffixJson.levelJoin.and),
  levelNamedPlaces: {
    minHan: suffixJson.levelJoin.namedPlaces.minHan,
    maxHan: suffixJson.levelJoin.namedPlaces.maxHan,
    ends: new Lexicon(suffixJson.levelJoin.namedPlaces.ends),
  },
  governments: suffixJson.shared.governments,
  sharedSuffixes: new Lexicon(suffixJson.shared.suffixes),
  sharedAfterLevels: new Lexicon(suffixJson.shared.afterLevels),
  placeList: suffixJson.placeList,
  zoneList: suffixJson.zoneList,
  sharedPrefixes: new Lexicon(suffixJson.shared.prefixes),
  sharedPrefixNotBefore: new Set([...suffixJson.shared.prefixNotBefore]),
  maxSharedField: suffixJson.shared.maxField,
  sharedFieldsWithConnector: new Set(suffixJson.shared.fieldsWithConnector),
  sharedSeparateFields: new Set(suffixJson.shared.separateFields),
  maxAfterSharedSuffix: suffixJson.shared.maxAfterSuffix,

  separators: new Set(connectorsJson.always),
  /** `separators` by code unit (one-character separators: `separators.has(t[k])` can match no other). */
  separatorCodes: codeSet(connectorsJson.always),
  between: new Lexicon(connectorsJson.between),
  betweenNotBefore: connectorsJson.betweenNotBefore as Record<string, string[]>,
  classAlternatives: new Lexicon(connectorsJson.classAlternatives),
  etc: new Lexicon(connectorsJson.etc),
  etcFillers: new Lexicon(connectorsJson.etcFillers),
  nameNotes: connectorsJson.nameNotes,
  openers: new Map(connectorsJson.brackets.map(([o], i) => [o, i])),
  closers: new Map(connectorsJson.brackets.map(([, c], i) => [c, i])),
  compounds: new Lexicon(compoundsJson.names),
  /** Administrative fields a department name may begin with at a clause start (发展改革主管部门负责…). */
  fieldOpenings: new Lexicon(suffixJson.fieldOpenings),
  /** Words a unit name may begin with when prose gives no left boundary. */
  openings: new Lexicon([
    ...suffixJson.openings,
    ...suffixJson.collectiveStarts,
    ...Object.keys(placesJson.provinces),
    ...Object.keys(placesJson.cities),
    ...Object.keys(placesJson.districts),
    ...aliasesJson.groups.flatMap((g) => g.stems),
  ]),
}

export type Grammar = typeof grammar

/** Whether a word a unit name never holds starts at i (before limit), unless an allowed compound starts there (组建单位, 组建的). */
export function forbiddenAt(text: string, i: number, limit: number): boolean {
  return grammar.forbidden.matchAt(text, i, limit) !== undefined && grammar.forbiddenExcept.matchAt(text, i, limit) === undefined
}
