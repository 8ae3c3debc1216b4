import { z } from 'zod'
import { PositionSchema } from './position.js'
import { DiagnosticSchema } from './diagnostic.js'
import { UnitSchema } from './unit.js'
import { ClauseSchema } from './clause.js'
import { TaskSchema } from './task.js'
import { DeadlineSchema, IsoDateSchema, PeriodSchema, StageSchema, TimeEventSchema } from './time.js'

/** 发文字号 `深办发〔2013〕3号` → issuerCode 深办发, year 2013, serial 3. */
export const DocNumberSchema = z
  .object({
    raw: z.string(),
    normalized: z.string(),
    issuerCode: z.string().nullable(),
    year: z.number().int().nullable(),
    serial: z.number().int().nullable(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'DocNumber' })

export const ReferenceSchema = z
  .object({
    title: z.string(),
    docNumber: DocNumberSchema.nullable(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'Reference' })

export const AttachmentSchema = z.object({ title: z.string(), number: z.number().int().nullable(), position: PositionSchema.optional() }).meta({ id: 'Attachment' })

export const SignatureSchema = z.object({ issuers: z.array(z.string()), date: IsoDateSchema.nullable(), raw: z.string(), position: PositionSchema.optional() }).meta({ id: 'Signature' })

export const HeaderSchema = z
  .object({
    form: z.enum(['law-db', 'publish', 'govcn']),
    fields: z.record(z.string(), z.string()),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'Header', description: 'The metadata header as printed, label → value.' })

/** What a history entry records: simplified action words, also for traditional input (訂定 → 订定). */
export const HistoryActionSchema = z.enum(['制定', '订定', '修正', '废止', '公布', '施行', '通过', '批准']).meta({ id: 'HistoryAction' })

/**
 * One event of a law's history (沿革), as printed under the title or after `沿革：`:
 * `1.中華民國五十八年九月十八日行政院（58）台研展字第 20 號令訂定發布` →
 * `{ date: '1969-09-18', docNumber: '（58）台研展字第20号', action: '订定', raw, position }`.
 */
export const HistoryEntrySchema = z
  .object({
    date: IsoDateSchema.nullable(),
    docNumber: z.string().nullable(),
    action: HistoryActionSchema,
    raw: z.string(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'HistoryEntry' })

export const MetaSchema = z
  .object({
    title: z.string().nullable(),
    docType: z.string().nullable(),
    issuers: z.array(z.string()),
    authority: z.array(z.string()).optional(),
    docNumber: DocNumberSchema.nullable(),
    signedDate: IsoDateSchema.nullable(),
    publishedDate: IsoDateSchema.nullable(),
    effectiveDate: IsoDateSchema.nullable(),
    expiryDate: IsoDateSchema.nullable().optional(),
    level: z.string().nullable(),
    status: z.string().nullable(),
    subject: z.string().nullable(),
    indexNumber: z.string().nullable().optional(),
    period: PeriodSchema.nullable().optional(),
    header: HeaderSchema.nullable().optional(),
    /** Amendment history (沿革 / the dated lines or parenthesis under a law's title), oldest first. */
    history: z.array(HistoryEntrySchema).optional(),
    /** 版记 (GB/T 9704 §7.4): the 抄送 units, the printing office and the 印发 date. */
    copyTo: z.array(z.string()).optional(),
    printedBy: z.string().nullable().optional(),
    printedDate: IsoDateSchema.nullable().optional(),
  })
  .meta({ id: 'Meta' })

export const SourceSchema = z
  .object({
    encoding: z.string(),
    script: z.enum(['simplified', 'traditional', 'mixed', 'unknown']),
    converted: z.boolean().optional(),
    sha256: z.string(),
    length: z.number().int(),
    path: z.string().optional(),
    format: z.enum(['text', 'markdown', 'html']).optional(),
  })
  .meta({ id: 'Source' })

export interface PolicyDocumentShape {
  type: 'document'
  meta: z.infer<typeof MetaSchema>
  addressees: z.infer<typeof UnitSchema>[]
  references: z.infer<typeof ReferenceSchema>[]
  attachments: z.infer<typeof AttachmentSchema>[]
  signature?: z.infer<typeof SignatureSchema> | null
  preamble?: string
  closing?: string
  documentTime?: { deadlines: z.infer<typeof DeadlineSchema>[]; events: z.infer<typeof TimeEventSchema>[] }
  clauses: z.infer<typeof ClauseSchema>[]
  tasks: z.infer<typeof TaskSchema>[]
  stages: z.infer<typeof StageSchema>[]
  documents: PolicyDocumentShape[]
  diagnostics: z.infer<typeof DiagnosticSchema>[]
  source?: z.infer<typeof SourceSchema>
  position?: z.infer<typeof PositionSchema>
}

/**
 * The whole parsed document. A notice that issues plans holds them in `documents`
 * (nested PolicyDocuments, without their own `source`). Diagnostics are collected on the
 * outermost document.
 */
export const PolicyDocumentSchema: z.ZodType<PolicyDocumentShape> = z
  .object({
    type: z.literal('document'),
    meta: MetaSchema,
    addressees: z.array(UnitSchema),
    references: z.array(ReferenceSchema),
    attachments: z.array(AttachmentSchema),
    signature: SignatureSchema.nullable().optional(),
    preamble: z.string().optional(),
    /** Text after the last clause that speaks to the whole document (各地区、各部门要…): no item's. */
    closing: z.string().optional(),
    /**
     * Time expressions of the text outside any clause (preamble, closing): no task's, so no
     * scorer counts them; a date there the text sets is in `deadlines`, one it reports in `events`.
     */
    documentTime: z.object({ deadlines: z.array(DeadlineSchema), events: z.array(TimeEventSchema) }).optional(),
    clauses: z.array(ClauseSchema),
    tasks: z.array(TaskSchema),
    stages: z.array(StageSchema),
    get documents() {
      return z.array(PolicyDocumentSchema)
    },
    diagnostics: z.array(DiagnosticSchema),
    source: SourceSchema.optional(),
    position: PositionSchema.optional(),
  })
  .meta({ id: 'PolicyDocument', title: 'gongwen PolicyDocument' })

export type DocNumber = z.infer<typeof DocNumberSchema>
export type Reference = z.infer<typeof ReferenceSchema>
export type Attachment = z.infer<typeof AttachmentSchema>
export type Signature = z.infer<typeof SignatureSchema>
export type Header = z.infer<typeof HeaderSchema>
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>
export type HistoryAction = z.infer<typeof HistoryActionSchema>
export type Meta = z.infer<typeof MetaSchema>
export type Source = z.infer<typeof SourceSchema>
export type PolicyDocument = PolicyDocumentShape
