"""What both dataset builders share: bilingual text, the indicator list, the spelling check and
writing (or checking) the output. Imported by build_default_dataset.py and
build_illustrative_dataset.py, which run from this directory."""
import json
import re
import sys


def t(vi, en):
    return {"vi": vi, "en": en}


class Indicators(list):
    """The dataset's indicators, each id once."""

    def add(self, id, vi, en, domain, unit, direction, kind, part_of=None, grades=None, count_unit=None):
        assert all(i["id"] != id for i in self), id
        entry = {"id": id, "name": t(vi, en), "domain": domain, "unit": unit, "direction": direction, "kind": kind}
        if part_of is not None:
            entry["part_of"] = part_of
        if grades is not None:
            entry["grades"] = grades
        if count_unit is not None:
            entry["count_unit"] = count_unit
        self.append(entry)


# One spelling per word in the text a dataset writes itself: "Tỷ lệ", "hằng năm", and the tone
# mark on the main vowel ("thủy", "hòa").
OLD_SPELLING = re.compile(r"[Tt]ỉ lệ|[Tt]ỉ đồng|[Hh]àng năm|(?<![qQ])(?:o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zà-ỹ])")


def check_spelling(dataset, keys):
    """Fails on an old spelling in any string under one of `keys` ("vi", "part", …)."""

    def texts(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                yield from texts(v, k)
        elif isinstance(value, list):
            for v in value:
                yield from texts(v, key)
        elif isinstance(value, str) and key in keys:
            yield value

    for text in texts(dataset):
        assert not OLD_SPELLING.search(text), f"spelling: {text!r}"


def write_or_check(out, dataset, script, summary):
    """Writes `dataset` to `out`, or with --check exits 1 when `out` differs from it."""
    text = json.dumps(dataset, ensure_ascii=False, indent=1) + "\n"
    if "--check" in sys.argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date: run python3 data/{script}", file=sys.stderr)
            sys.exit(1)
        print(f"{out.name}: up to date ({summary})")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out} ({summary}, {len(text.encode())} bytes)")
