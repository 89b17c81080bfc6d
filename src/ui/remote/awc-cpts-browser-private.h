/* awc-cpts-browser-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-cpts-browser.h"

G_BEGIN_DECLS

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
  gboolean            connected;

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

/* What the buttons do. */
void _awc_cpts_browser_show_cases (AwcCptsBrowser *self);
void _awc_cpts_browser_open_case  (AwcCptsBrowser *self);
void _awc_cpts_browser_open_ids   (AwcCptsBrowser *self);

G_END_DECLS
