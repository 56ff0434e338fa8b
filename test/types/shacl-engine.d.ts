// shacl-engine 1.1 ships no types: the part of its API the tests use (README: Validator, report).
declare module "shacl-engine" {
  import type { DataFactory, DatasetCore, Term } from "@rdfjs/types";

  export interface ValidationResult {
    focusNode?: Term;
    path?: Array<{ predicates: Term[] }>;
    constraintComponent?: Term;
    message?: Term[];
    results?: ValidationResult[];
  }

  export interface ValidationReport {
    conforms: boolean;
    results: ValidationResult[];
  }

  export class Validator {
    constructor(
      shapes: DatasetCore,
      options: { factory: DataFactory; debug?: boolean; details?: boolean; trace?: boolean; coverage?: boolean; validations?: Map<unknown, unknown>; targetResolvers?: Map<unknown, unknown> },
    );
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }, shapes?: { terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}

// SHACL SPARQL-based constraints and targets (shacl-engine/sparql.js, on Comunica).
declare module "shacl-engine/sparql.js" {
  export const validations: Map<unknown, unknown>;
  export const targetResolvers: Map<unknown, unknown>;
}
