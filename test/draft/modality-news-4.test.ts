// Modality in news copy, fourth round: what was called off, scrapped or abandoned did not happen,
// what was postponed is still planned and takes the date it was put off to.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const event = (text: string, label: RegExp) => draftStages(text, "2026-11-20").events.find((e) => label.test(e.label));

describe("the object of a cancelling verb", () => {
  it("did not happen, active or passive, definite or not", () => {
    expect(event("The strike was called off after talks.", /^Strike$/)?.modality).toBe("not_happened");
    expect(event("The union called off the strike on Monday.", /^(Union's )?strike$/i)?.modality).toBe("not_happened");
    expect(event("The government scrapped the plan last year.", /^Plan$/)?.modality).toBe("not_happened");
  });

  it("keeps its modality when the cancellation itself is only planned or conditional", () => {
    const m = event("The union will call off the strike if the company raises wages.", /strike/i)?.modality;
    expect(m).not.toBe("not_happened");
  });

  it("leaves what lifting or ending names as it happened", () => {
    expect(event("The government lifted the ban on Monday.", /^Ban$/)?.modality ?? "happened").toBe("happened");
  });
});

describe("the object of a postponing verb", () => {
  it("is planned and takes the future date the verb gave it", () => {
    const stages = draftStages("The government postponed the vote until next month.", "2026-11-20");
    const vote = stages.events.find((e) => e.label === "Vote");
    const postponement = stages.events.find((e) => /postponement/i.test(e.label));
    expect(vote?.modality).toBe("planned");
    expect(vote?.date?.value).toBe("2026-12");
    expect(postponement?.modality).toBe("happened");
  });
});
