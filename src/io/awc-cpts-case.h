/* awc-cpts-case.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Which case-list fields feed the chart path (reference §2: the official
 * sources disagree). */
typedef enum
{
  AWC_CPTS_ID_MAPPING_AUTO,     /* try TESTCASE, fall back to CASE_URI on 4xx */
  AWC_CPTS_ID_MAPPING_TESTCASE, /* case_run_id = testcaseId, detail_id = id (newer docs) */
  AWC_CPTS_ID_MAPPING_CASE_URI, /* case_run_id = case_uri_i, detail_id = testcaseId (SDKs) */
} AwcCptsIdMapping;

/* "auto", "testcase-id", "case-uri": the values of GSettings cpts-id-mapping. */
const char       *awc_cpts_id_mapping_to_string   (AwcCptsIdMapping mapping);
AwcCptsIdMapping  awc_cpts_id_mapping_from_string (const char      *str);

/* A case or an AW of a report's case list
 * (/v2/{project_id}/task-run-infos/{task_run_id}/cases).  An AW inherits
 * testcase-id and case-uri-i from its case; its id is the AW's id.
 * Properties (construct-only): name, id, testcase-id, case-uri-i,
 * datum-type, is-aw; children (read-only GListModel of AwcCptsCase). */
#define AWC_TYPE_CPTS_CASE (awc_cpts_case_get_type ())
G_DECLARE_FINAL_TYPE (AwcCptsCase, awc_cpts_case, AWC, CPTS_CASE, GObject)

AwcCptsCase *awc_cpts_case_new             (const char        *name,
                                            const char        *id,
                                            const char        *testcase_id,
                                            const char        *case_uri_i,
                                            int                datum_type,
                                            gboolean           is_aw);
const char  *awc_cpts_case_get_name        (AwcCptsCase       *self);
const char  *awc_cpts_case_get_id          (AwcCptsCase       *self);
const char  *awc_cpts_case_get_testcase_id (AwcCptsCase       *self);
const char  *awc_cpts_case_get_case_uri_i  (AwcCptsCase       *self);
int          awc_cpts_case_get_datum_type  (AwcCptsCase       *self);
gboolean     awc_cpts_case_get_is_aw       (AwcCptsCase       *self);
/* The AWs of a case (empty for an AW). */
GListModel  *awc_cpts_case_get_children    (AwcCptsCase       *self);
void         awc_cpts_case_append_child    (AwcCptsCase       *self,
                                            AwcCptsCase       *child);
/* The chart ids under @mapping (AUTO means TESTCASE).  FALSE when a
 * field is missing or case_run_id is not a decimal integer. */
gboolean     awc_cpts_case_dup_chart_ids   (AwcCptsCase       *self,
                                            AwcCptsIdMapping   mapping,
                                            char             **case_run_id,
                                            char             **detail_id);

G_END_DECLS
