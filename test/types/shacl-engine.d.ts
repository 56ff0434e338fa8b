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
    constructor(shapes: DatasetCore, options: { factory: DataFactory; debug?: boolean; details?: boolean; trace?: boolean; coverage?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }, shapes?: { terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
