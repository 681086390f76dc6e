"""The bench's summary line: the per-core ratio comes from CPU seconds, not wall seconds."""

from pipelines.bench import StageResult, summary_line


def stage(name: str, seconds: float, cpu_seconds: float) -> StageResult:
    return StageResult(name, seconds, 10, 5_000, 400.0, cpu_seconds=cpu_seconds)


def test_per_core_ratio_is_cpu_seconds_of_ner_over_the_entities_layer():
    by_stage = {s.stage: s for s in (stage("spaCy full (raw)", 4.0, 4.0), stage("spaCy NER only (raw)", 2.0, 1.5),
                                     stage("layer: entities", 8.0, 3.0), stage("layer: total", 9.0, float("nan")))}
    line = summary_line(by_stage)
    assert "entities layer: 0.25× NER-only spaCy" in line  # wall seconds, swung by a neighbour's load
    assert "per core, in CPU seconds: 0.50× NER-only spaCy (entities layer 3.0 CPU-s, NER-only 1.5;" in line
