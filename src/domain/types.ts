// The career graph format, version 1 (../shared/spec/graph-data-format.md), as TypeScript types.
// src/data/format-schema.ts checks at compile time that its runtime schema infers exactly these types.

export const NODE_KINDS = ['role', 'education', 'credential', 'license'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A requirement is a small boolean tree over node ids. */
export type Requirement = string | AllOf | AnyOf | Experience;
export interface AllOf {
  allOf: Requirement[];
}
export interface AnyOf {
  anyOf: Requirement[];
}
export interface Experience {
  /** A role id: the person must have held it for at least `years`. */
  experience: string;
  years: number;
}

export interface Salary {
  low?: number;
  median?: number;
  mean?: number;
  high?: number;
  year: string;
  source: string;
}

export interface RegionalSalary {
  median?: number;
  mean?: number;
  year: string;
  source: string;
}

export interface Outlook {
  growthPercent: number;
  period: string;
  source: string;
}

export interface CareerNode {
  id: string;
  kind: NodeKind;
  label: string;
  summary?: string;
  level?: number;
  codes?: Record<string, string>;
  issuer?: string;
  months?: number;
  cost?: number;
  /**
   * False when obtaining the node costs money but no source gives the amount: plans then say the
   * fee is not known instead of counting it as free. Default true. (Optional field added by this project.)
   */
  costKnown?: boolean;
  /** False when obtaining the node takes time but no source gives how long. Default true. (Project field.) */
  monthsKnown?: boolean;
  /**
   * False when no source gives the node's eligibility rules: `requires` is then only what is known
   * (often nothing), and the node is never presented as open to anyone. Default true. (Project field.)
   */
  requiresKnown?: boolean;
  salary?: Salary;
  salaryByRegion?: Record<string, RegionalSalary>;
  outlook?: Outlook;
  requires?: Requirement;
  prefers?: Requirement;
  regions?: string[];
  notes?: string;
  sources?: string[];
}

export interface Source {
  title: string;
  url?: string;
  published: string;
  notes?: string;
}

export interface CareerGraphFile {
  $schema?: string;
  format: 1;
  id: string;
  title: string;
  summary?: string;
  updated: string;
  currency: string;
  sources: Record<string, Source>;
  nodes: CareerNode[];
}

/** Study pace: part time, programs (education nodes) take twice their months. */
export const PACES = ['full-time', 'part-time'] as const;
export type Pace = (typeof PACES)[number];

/** What a person already has (spec: "A person's situation"). */
export interface Situation {
  holds: string[];
  /** Years each held role has been held; default 0. */
  years?: Record<string, number>;
  /** Region code such as a US state ("NJ"); nodes limited to other regions are unavailable. */
  region?: string;
  /** Study pace; default full time. Work and study run side by side either way. */
  pace?: Pace;
}
