/* awc-cpts-browser-columns.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What each column of the browser has besides its list: a filter model
 * under the selection, a search entry that takes what is typed on the
 * list (type-ahead), and a Retry row for a list that failed to load.
 * They are the same four times, so they are built here rather than in
 * the template. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-browser-private.h"

char *
_awc_cpts_browser_dup_item_id (gpointer item)
{
  char *id = NULL;

  if (GTK_IS_TREE_LIST_ROW (item))
    {
      g_autoptr(GObject) inner = gtk_tree_list_row_get_item (item);

      return _awc_cpts_browser_dup_item_id (inner);
    }
  if (G_IS_OBJECT (item) && g_object_class_find_property (G_OBJECT_GET_CLASS (item), "id") != NULL)
    g_object_get (item, "id", &id, NULL);
  return id;
}

/* What the filter matches: the name, and for reports also the start
 * time as shown and the case names. */
static char *
dup_search_text (GObject  *item,
                 gpointer  user_data)
{
  GString *text = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (item == NULL)
    return g_string_free (text, FALSE);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "name") != NULL)
    g_object_get (item, "name", &name, NULL);
  if (name != NULL)
    g_string_append (text, name);
  if (AWC_IS_CPTS_RUN (item))
    {
      g_autoptr(GDateTime) start = awc_cpts_run_dup_start (AWC_CPTS_RUN (item));
      const char * const *cases = awc_cpts_run_get_case_names (AWC_CPTS_RUN (item));

      if (start != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (start);
          g_autofree char *shown = g_date_time_format (local, " %Y-%m-%d %H:%M");

          g_string_append (text, shown);
        }
      for (guint i = 0; cases != NULL && cases[i] != NULL; i++)
        g_string_append_printf (text, " %s", cases[i]);
    }
  return g_string_free (text, FALSE);
}

static GListModel *
case_children_cb (gpointer item,
                  gpointer user_data)
{
  GListModel *children = awc_cpts_case_get_children (item);

  if (children == NULL || g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_object_ref (children);
}

GtkSingleSelection *
_awc_cpts_browser_level_selection (AwcCptsBrowser *self,
                                   AwcCptsLevel    level)
{
  GtkSingleSelection *selections[] = {
    self->project_selection, self->task_selection, self->run_selection, self->case_selection,
  };
  return selections[level];
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   AwcCptsBrowser *self)
{
  for (guint level = 0; level < AWC_CPTS_N_LEVELS; level++)
    if (self->search_entries[level] == GTK_WIDGET (entry))
      {
        GtkFilter *filter = gtk_filter_list_model_get_filter (self->filters[level]);

        gtk_string_filter_set_search (GTK_STRING_FILTER (filter),
                                      gtk_editable_get_text (GTK_EDITABLE (entry)));
      }
}

static void
retry_clicked_cb (AwcCptsBrowser *self)
{
  _awc_cpts_browser_retry (self);
}

void
_awc_cpts_browser_show_retry (AwcCptsBrowser *self,
                              AwcCptsLevel    level,
                              gboolean        show)
{
  gtk_widget_set_visible (self->retry_boxes[level], show);
  if (show)
    self->failed_level = level;
  else if (self->failed_level == (int) level)
    self->failed_level = -1;
}

guint
_awc_cpts_browser_find_id (AwcCptsBrowser *self,
                           AwcCptsLevel    level,
                           const char     *id)
{
  GListModel *model = G_LIST_MODEL (_awc_cpts_browser_level_selection (self, level));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = _awc_cpts_browser_dup_item_id (item);

      if (g_strcmp0 (item_id, id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static GtkWidget *
retry_box_new (AwcCptsBrowser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Could not load this list"));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Retry"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (button, _("Load the list again (F5)"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (retry_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

void
_awc_cpts_browser_setup_columns (AwcCptsBrowser *self)
{
  GtkWidget *empties[] = { self->project_empty, self->task_empty, self->run_empty, self->case_empty };
  GtkWidget *views[] = { self->project_view, self->task_view, self->run_view, self->case_view };
  const char *placeholders[] = {
    N_("Filter projects"), N_("Filter tasks"), N_("Filter reports"), N_("Filter cases"),
  };

  self->failed_level = -1;
  for (guint level = 0; level < AWC_CPTS_N_LEVELS; level++)
    {
      GtkExpression *expression =
        gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                     G_CALLBACK (dup_search_text), NULL, NULL);
      GtkStringFilter *filter = gtk_string_filter_new (expression);
      /* the column: heading, scrolled list, "empty" label */
      GtkWidget *column = gtk_widget_get_parent (empties[level]);
      GtkWidget *heading = gtk_widget_get_first_child (column);
      GtkWidget *entry = gtk_search_entry_new ();

      gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
      gtk_string_filter_set_ignore_case (filter, TRUE);
      self->filters[level] = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));
      if (level == AWC_CPTS_LEVEL_CASES)
        {
          /* AWs are the children of their case, expanded; the filter
           * matches cases. */
          g_autoptr(GtkTreeListModel) tree =
            gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->filters[level])),
                                     FALSE, TRUE, case_children_cb, NULL, NULL);

          gtk_single_selection_set_model (self->case_selection, G_LIST_MODEL (tree));
        }
      else
        gtk_single_selection_set_model (_awc_cpts_browser_level_selection (self, level),
                                        G_LIST_MODEL (self->filters[level]));

      g_object_set (entry, "placeholder-text", _(placeholders[level]), NULL);
      /* Typing on the list goes to its filter. */
      gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (entry), views[level]);
      /* "changed", not the delayed "search-changed": the lists are short */
      g_signal_connect_object (entry, "changed", G_CALLBACK (search_changed_cb), self, 0);
      gtk_box_insert_child_after (GTK_BOX (column), entry, heading);
      self->search_entries[level] = entry;

      self->retry_boxes[level] = retry_box_new (self);
      gtk_box_append (GTK_BOX (column), self->retry_boxes[level]);
    }
}
