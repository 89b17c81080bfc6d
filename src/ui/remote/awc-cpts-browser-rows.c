/* awc-cpts-browser-rows.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the browser's columns: a title and a dim subtitle; cases
 * sit in a tree expander so their AWs show under them. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-browser-private.h"

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

  gtk_label_set_label (GTK_LABEL (title_label), title);
  gtk_label_set_label (GTK_LABEL (subtitle_label), subtitle);
  gtk_widget_set_visible (subtitle_label, subtitle != NULL && *subtitle != '\0');
  gtk_widget_set_tooltip_text (box, title);
}

void
_awc_cpts_browser_setup_item (GtkSignalListItemFactory *factory,
                              GtkListItem              *item,
                              AwcCptsBrowser           *self)
{
  gtk_list_item_set_child (item, row_box_new ());
}

static char *
dup_row_texts (GObject  *item,
               char    **subtitle)
{
  if (AWC_IS_CPTS_PROJECT (item))
    {
      /* Translators: a project's id under its name */
      *subtitle = g_strdup_printf (_("ID %s"), awc_cpts_project_get_id (AWC_CPTS_PROJECT (item)));
      return g_strdup (awc_cpts_project_get_name (AWC_CPTS_PROJECT (item)));
    }
  if (AWC_IS_CPTS_TASK (item))
    {
      const char *description = awc_cpts_task_get_description (AWC_CPTS_TASK (item));

      *subtitle = description && *description ? g_strdup (description)
                                               : g_strdup_printf (_("ID %s"), awc_cpts_task_get_id (AWC_CPTS_TASK (item)));
      return g_strdup (awc_cpts_task_get_name (AWC_CPTS_TASK (item)));
    }
  if (AWC_IS_CPTS_RUN (item))
    {
      AwcCptsRun *run = AWC_CPTS_RUN (item);
      double duration = awc_cpts_run_get_duration (run);
      guint seconds = duration > 0 && duration < G_MAXUINT ? (guint) duration : 0;

      /* The name usually holds the start time already: add the id and length. */
      if (seconds > 0)
        /* Translators: a report's task run id and its duration in minutes:seconds */
        *subtitle = g_strdup_printf (_("ID %s · %u:%02u"), awc_cpts_run_get_id (run), seconds / 60, seconds % 60);
      else
        *subtitle = g_strdup_printf (_("ID %s"), awc_cpts_run_get_id (run));
      return g_strdup (awc_cpts_run_get_name (run));
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
  g_autofree char *title = dup_row_texts (gtk_list_item_get_item (item), &subtitle);

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
  g_autofree char *title = dup_row_texts (cpts_case, &subtitle);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  row_box_set (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)), title, subtitle);
}
