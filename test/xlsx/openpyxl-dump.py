"""Describes workbooks as openpyxl (an independent reader) sees them, as JSON on stdout.

Usage: python3 openpyxl-dump.py FILE...  (Debian's /usr/bin/python3 with python3-openpyxl)

For each file: every sheet's state and cells (value, number format), merged areas,
conditional formats, data validations, comments, charts, images, print area and titles,
autofilter, the workbook's defined names, the 1904 date system, and whether it keeps VBA.
"""
import datetime
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return {"date": v.isoformat()}
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def describe(path):
    keep_vba = path.lower().endswith(".xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=keep_vba)
    names = []
    for dn in wb.defined_names.definedName:
        names.append({"name": dn.name, "localSheetId": dn.localSheetId, "value": dn.attr_text})
    out = {
        "epoch1904": wb.epoch.year == 1904,
        "vba": bool(keep_vba and wb.vba_archive is not None and "xl/vbaProject.bin" in wb.vba_archive.namelist()),
        "names": sorted(names, key=lambda n: (n["name"], str(n["localSheetId"]))),
        "sheets": [],
    }
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells[c.coordinate] = {"v": value(c.value), "f": c.number_format}
        cf = []
        for rng, rules in ws.conditional_formatting._cf_rules.items():
            for r in rules:
                cf.append({"sqref": str(rng.sqref), "type": r.type, "formula": list(r.formula or [])})
        out["sheets"].append(
            {
                "name": ws.title,
                "state": ws.sheet_state,
                "cells": cells,
                "merged": sorted(str(m) for m in ws.merged_cells.ranges),
                "cf": cf,
                "validations": sorted(
                    [{"sqref": str(d.sqref), "type": d.type, "formula1": d.formula1} for d in ws.data_validations.dataValidation],
                    key=lambda d: d["sqref"],
                ),
                "comments": {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment},
                "links": {c.coordinate: c.hyperlink.location for row in ws.iter_rows() for c in row if c.hyperlink},
                "bold": sorted(c.coordinate for row in ws.iter_rows() for c in row if c.value is not None and c.font and c.font.b),
                "heights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height},
                "charts": len(ws._charts),
                "images": len(ws._images),
                "printArea": ws.print_area,
                "printTitleRows": ws.print_title_rows,
                "autoFilter": ws.auto_filter.ref,
                "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
            }
        )
    return out


result = {}
for p in sys.argv[1:]:
    try:
        result[p] = describe(p)
    except Exception as e:  # noqa: BLE001 - reported to the test as the file's result
        result[p] = {"error": "%s: %s" % (type(e).__name__, e)}
json.dump(result, sys.stdout, ensure_ascii=False, default=str)
