/* awc-cpts-browser-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-cpts-browser.h"

G_BEGIN_DECLS

/* The four columns, left to right. */
typedef enum
{
  AWC_CPTS_LEVEL_PROJECTS,
  AWC_CPTS_LEVEL_TASKS,
  AWC_CPTS_LEVEL_RUNS,
  AWC_CPTS_LEVEL_CASES,
  AWC_CPTS_N_LEVELS,
} AwcCptsLevel;

/* The struct is here so tests can drive the widgets. */
struct _AwcCptsBrowser
{
  GtkWidget           parent_instance;

  /* Owned */
  AwcCptsClient      *client;
  GCancellable       *cancellable;   /* the running request; NULL when idle */
  char               *status;
  char               *task_name;     /* of the listed reports */
  char               *report_name;   /* of the listed cases */
  char               *task_run_id;   /* of the listed cases */
  char               *latest_run_id; /* task_run_info.id of the listed reports' task */
  char               *current_ids[AWC_CPTS_N_LEVELS]; /* the selected item of each column */
  char               *pending_ids[AWC_CPTS_N_LEVELS]; /* a remembered place to select */
  gboolean            connected;
  gboolean            open_latest;    /* "Open latest run" is under way */
  int                 failed_level;   /* whose list failed to load; -1: none */

  /* Built in code, one per column (awc-cpts-browser-columns.c) */
  GtkFilterListModel *filters[AWC_CPTS_N_LEVELS];
  GtkWidget          *search_entries[AWC_CPTS_N_LEVELS];
  GtkWidget          *retry_boxes[AWC_CPTS_N_LEVELS];

  /* Template widgets */
  GtkWidget          *content;
  GtkWidget          *run_entry;
  GtkWidget          *project_view;
  GtkWidget          *task_view;
  GtkWidget          *run_view;
  GtkWidget          *case_view;
  GtkSingleSelection *project_selection;
  GtkSingleSelection *task_selection;
  GtkSingleSelection *run_selection;
  GtkSingleSelection *case_selection;
  GtkWidget          *project_empty;
  GtkWidget          *task_empty;
  GtkWidget          *run_empty;
  GtkWidget          *case_empty;
  GtkWidget          *ids_expander;
  GtkWidget          *case_run_entry;
  GtkWidget          *detail_entry;
  GtkWidget          *open_button;
  GtkWidget          *latest_button;
};

/* awc-cpts-browser-rows.c: the columns' list item factories. */
void _awc_cpts_browser_setup_item (GtkSignalListItemFactory *factory,
                                   GtkListItem              *item,
                                   AwcCptsBrowser           *self);
void _awc_cpts_browser_bind_item  (GtkSignalListItemFactory *factory,
                                   GtkListItem              *item,
                                   AwcCptsBrowser           *self);
void _awc_cpts_browser_setup_case (GtkSignalListItemFactory *factory,
                                   GtkListItem              *item,
                                   AwcCptsBrowser           *self);
void _awc_cpts_browser_bind_case  (GtkSignalListItemFactory *factory,
                                   GtkListItem              *item,
                                   AwcCptsBrowser           *self);

/* awc-cpts-browser-columns.c: the filter, search entry and Retry of
 * each column, built in code beside the template's widgets. */
void _awc_cpts_browser_setup_columns (AwcCptsBrowser *self);
GtkSingleSelection *_awc_cpts_browser_level_selection (AwcCptsBrowser *self,
                                                       AwcCptsLevel    level);
/* Shows or hides the column's Retry row. */
void _awc_cpts_browser_show_retry    (AwcCptsBrowser *self,
                                      AwcCptsLevel    level,
                                      gboolean        show);
/* The id of an item of any column. */
char *_awc_cpts_browser_dup_item_id  (gpointer        item);
/* The position of the item with @id in the column; GTK_INVALID_LIST_POSITION when absent. */
guint _awc_cpts_browser_find_id      (AwcCptsBrowser *self,
                                      AwcCptsLevel    level,
                                      const char     *id);

/* awc-cpts-browser.c: the column loads, for awc-cpts-browser-place.c. */
void     _awc_cpts_browser_list_projects (AwcCptsBrowser *self);
void     _awc_cpts_browser_load_tasks    (AwcCptsBrowser *self,
                                          AwcCptsProject *project);
void     _awc_cpts_browser_load_runs     (AwcCptsBrowser *self,
                                          AwcCptsTask    *task);
void     _awc_cpts_browser_list_cases    (AwcCptsBrowser *self,
                                          const char     *task_run_id,
                                          const char     *report_name);
/* Empties the columns from @level on. */
void     _awc_cpts_browser_clear_from    (AwcCptsBrowser *self,
                                          AwcCptsLevel    level);
/* A new reference to the selected item (the case of a tree row). */
gpointer _awc_cpts_browser_selected_item (GtkSingleSelection *selection);
void     _awc_cpts_browser_emit_failed   (AwcCptsBrowser *self,
                                          const GError   *error);
/* Fetches the chart of @source; @label names it in the status. */
void     _awc_cpts_browser_fetch         (AwcCptsBrowser  *self,
                                          AwcRemoteSource *source,
                                          const char      *label);

/* awc-cpts-browser-place.c */
/* "2024-03-15 08:00" (local) of the report's start; its name when the
 * time does not read. */
char    *_awc_cpts_browser_dup_run_label (AwcCptsRun     *run);
/* After @level's column loaded: select what a remembered place or "Open
 * latest run" asks for there. */
void     _awc_cpts_browser_continue_place (AwcCptsBrowser *self,
                                           AwcCptsLevel    level);

/* What the buttons do. */
/* Loads the list of @level again (the failed one, else the deepest shown);
 * Retry and F5. */
void _awc_cpts_browser_retry      (AwcCptsBrowser *self);
/* The newest report's first case of the selected task. */
void _awc_cpts_browser_open_latest (AwcCptsBrowser *self);
/* Selects these ids as their columns load (NULL or "": stop there). */
void _awc_cpts_browser_restore_place (AwcCptsBrowser *self,
                                      const char     *project_id,
                                      const char     *task_id,
                                      const char     *run_id);
/* The id selected in @level's column; NULL when none. */
const char *_awc_cpts_browser_get_current_id (AwcCptsBrowser *self,
                                              AwcCptsLevel    level);
void _awc_cpts_browser_show_cases (AwcCptsBrowser *self);
void _awc_cpts_browser_open_case  (AwcCptsBrowser *self);
void _awc_cpts_browser_open_ids   (AwcCptsBrowser *self);

G_END_DECLS
