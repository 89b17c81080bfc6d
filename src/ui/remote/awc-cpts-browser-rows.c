/* awc-cpts-browser-rows.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the browser's columns: a title and a dim subtitle; cases
 * sit in a tree expander so their AWs show under them. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-browser-private.h"
#include "awc-util.h"

static GtkWidget *
row_box_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  return box;
}

static void
row_box_set (GtkWidget  *box,
             const char *title,
             const char *subtitle)
{
  GtkWidget *title_label = gtk_widget_get_first_child (box);
  GtkWidget *subtitle_label = gtk_widget_get_next_sibling (title_label);
  /* Server text: control characters escaped. */
  g_autofree char *safe_title = awc_escape_text (title);
  g_autofree char *safe_subtitle = awc_escape_text (subtitle);
  g_autofree char *tooltip = safe_subtitle != NULL && *safe_subtitle != '\0'
                             ? g_strconcat (safe_title ? safe_title : "", "\n", safe_subtitle, NULL)
                             : g_strdup (safe_title);

  gtk_label_set_label (GTK_LABEL (title_label), safe_title);
  gtk_label_set_label (GTK_LABEL (subtitle_label), safe_subtitle);
  gtk_widget_set_visible (subtitle_label, subtitle != NULL && *subtitle != '\0');
  /* The whole subtitle too: the columns are narrow. */
  gtk_widget_set_tooltip_text (box, tooltip);
}

void
_awc_cpts_browser_setup_item (GtkSignalListItemFactory *factory,
                              GtkListItem              *item,
                              AwcCptsBrowser           *self)
{
  gtk_list_item_set_child (item, row_box_new ());
}

/* "2024-03-15 08:10" in local time; NULL when the text is no time. */
static char *
dup_local_time (const char *text)
{
  g_autoptr(GDateTime) dt = awc_cpts_time_parse (text);
  g_autoptr(GDateTime) local = NULL;

  if (dt == NULL)
    return NULL;
  local = g_date_time_to_local (dt);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
dup_task_subtitle (AwcCptsTask *task)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int concurrency = awc_cpts_task_get_concurrency (task);
  g_autofree char *last = NULL;

  if (concurrency > 0)
    /* Translators: a task's concurrency (virtual users) */
    g_ptr_array_add (parts, g_strdup_printf (_("%d users"), concurrency));
  if (awc_cpts_task_get_last_run_id (task) != NULL
      && (last = dup_local_time (awc_cpts_task_get_update_time (task))) != NULL)
    /* Translators: the date of a task's latest run */
    g_ptr_array_add (parts, g_strdup_printf (_("last run %s"), last));
  else if (awc_cpts_task_get_last_run_id (task) == NULL)
    g_ptr_array_add (parts, g_strdup (_("never run")));
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup_printf (_("ID %s"), awc_cpts_task_get_id (task)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
dup_run_subtitle (AwcCptsBrowser *self,
                  AwcCptsRun     *run)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char * const *cases = awc_cpts_run_get_case_names (run);
  g_autoptr(GDateTime) start = awc_cpts_run_dup_start (run);

  if (self->latest_run_id != NULL && g_strcmp0 (self->latest_run_id, awc_cpts_run_get_id (run)) == 0)
    /* Translators: marks the report the task names as its latest */
    g_ptr_array_add (parts, g_strdup (_("Latest")));
  g_ptr_array_add (parts, awc_cpts_format_duration (awc_cpts_run_get_seconds (run)));
  if (cases != NULL)
    g_ptr_array_add (parts, g_strjoinv (", ", (char **) cases));
  /* The raw name is secondary: under the start time, or the title itself. */
  if (start != NULL)
    g_ptr_array_add (parts, g_strdup (awc_cpts_run_get_name (run)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
dup_row_texts (AwcCptsBrowser  *self,
               GObject         *item,
               char           **subtitle)
{
  if (AWC_IS_CPTS_PROJECT (item))
    {
      const char *description = awc_cpts_project_get_description (AWC_CPTS_PROJECT (item));

      /* Translators: a project's id under its name, when it has no description */
      *subtitle = description && *description ? g_strdup (description)
                                               : g_strdup_printf (_("ID %s"), awc_cpts_project_get_id (AWC_CPTS_PROJECT (item)));
      return g_strdup (awc_cpts_project_get_name (AWC_CPTS_PROJECT (item)));
    }
  if (AWC_IS_CPTS_TASK (item))
    {
      *subtitle = dup_task_subtitle (AWC_CPTS_TASK (item));
      return g_strdup (awc_cpts_task_get_name (AWC_CPTS_TASK (item)));
    }
  if (AWC_IS_CPTS_RUN (item))
    {
      *subtitle = dup_run_subtitle (self, AWC_CPTS_RUN (item));
      return _awc_cpts_browser_dup_run_label (AWC_CPTS_RUN (item));
    }
  if (AWC_IS_CPTS_CASE (item))
    {
      AwcCptsCase *cpts_case = AWC_CPTS_CASE (item);

      *subtitle = g_strdup_printf (awc_cpts_case_get_is_aw (cpts_case) ? _("AW · %s") : _("Case · %s"),
                                   awc_cpts_case_get_id (cpts_case));
      return g_strdup (awc_cpts_case_get_name (cpts_case));
    }
  *subtitle = NULL;
  return NULL;
}

void
_awc_cpts_browser_bind_item (GtkSignalListItemFactory *factory,
                             GtkListItem              *item,
                             AwcCptsBrowser           *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = dup_row_texts (self, gtk_list_item_get_item (item), &subtitle);

  row_box_set (gtk_list_item_get_child (item), title, subtitle);
}

void
_awc_cpts_browser_setup_case (GtkSignalListItemFactory *factory,
                              GtkListItem              *item,
                              AwcCptsBrowser           *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), row_box_new ());
  gtk_list_item_set_child (item, expander);
}

void
_awc_cpts_browser_bind_case (GtkSignalListItemFactory *factory,
                             GtkListItem              *item,
                             AwcCptsBrowser           *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  g_autoptr(GObject) cpts_case = gtk_tree_list_row_get_item (row);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = dup_row_texts (self, cpts_case, &subtitle);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  row_box_set (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)), title, subtitle);
}
