// The modality of an event named as the object of another verb: a modal or an expectation before
// the verb belongs to the verb, not to a definite noun that names something that already exists.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("modality of event nouns in a verb's object", () => {
  it("a definite noun after a modal's verb happened: 'will lift the curbs'", () => {
    const x = run("Tokyo said it will lift the curbs.");
    expect(x.events.find((e) => e.id === "curbs")?.modality).toBe("happened");
    expect(x.event("lifting").modality).toBe("planned");
  });

  it("an indefinite noun after a modal's verb keeps the modal: 'will impose new sanctions'", () => {
    expect(run("Washington said it would impose sanctions.").event("sanctions").modality).not.toBe("happened");
  });

  it("a plan stays planned however it is named: 'will unveil the plan'", () => {
    expect(run("The cabinet will unveil the plan next week.").event("plan").modality).toBe("planned");
  });

  it("'had expected the hike': the expected hike is the one that came; 'expect a hike' is expected", () => {
    expect(run("Economists had expected the hike.").event("hike").modality).toBe("happened");
    expect(run("Economists expect a hike next month.").event("hike").modality).toBe("expected");
  });

  it("a past-tense conjunct after a pledge is a fact, an infinitive conjunct shares the pledge", () => {
    const x = run("The government pledged to rebuild homes and allocated 2 trillion rupiah in emergency funds.");
    expect(x.event("allocation").modality).toBe("happened");
    expect(x.event("rebuilding").modality).toBe("planned");
    expect(run("Korea will develop new markets and diversify export products.").event("diversification").modality).toBe("planned");
  });

  it("the event a purpose light verb governs is planned: 'cut rates to support growth'", () => {
    expect(run("The bank cut rates to support growth.").event("growth").modality).toBe("planned");
  });
});
