/* awc-welcome.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-welcome.h"

#define MAX_RECENT 8

struct _AwcWelcome
{
  GtkWidget   parent_instance;

  /* Borrowed */
  GtkRecentManager *recent_manager;

  /* Template widgets */
  GtkWidget  *content;
  GtkWidget  *recent_box;
  GtkWidget  *recent_list;
};

G_DEFINE_FINAL_TYPE (AwcWelcome, awc_welcome, GTK_TYPE_WIDGET)

static int
compare_modified (gconstpointer a,
                  gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Newest first. */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static GtkWidget *
recent_row_new (GtkRecentInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (gtk_recent_info_get_display_name (info));
  g_autofree char *location = gtk_recent_info_get_uri_display (info);
  GtkWidget *subtitle = gtk_label_new (location ? location : gtk_recent_info_get_uri (info));

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_START);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, location);
  g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);
  return row;
}

static void
awc_welcome_reload (AwcWelcome *self)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  const char *app_name = g_get_application_name ();
  GtkWidget *child;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (app_name != NULL && gtk_recent_info_has_application (info, app_name)
          && g_str_has_suffix (gtk_recent_info_get_uri (info), ".json"))
        g_ptr_array_add (infos, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (infos, compare_modified);

  while ((child = gtk_widget_get_first_child (self->recent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->recent_list), child);
  for (guint i = 0; i < MIN (infos->len, MAX_RECENT); i++)
    gtk_list_box_append (GTK_LIST_BOX (self->recent_list), recent_row_new (infos->pdata[i]));
  gtk_widget_set_visible (self->recent_box, infos->len > 0);
}

static void
row_activated_cb (AwcWelcome    *self,
                  GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");

  if (uri != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-uri", "s", uri);
}

static void
awc_welcome_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_WELCOME);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (awc_welcome_parent_class)->dispose (object);
}

static void
awc_welcome_class_init (AwcWelcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_welcome_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcWelcome, content);
  gtk_widget_class_bind_template_child (widget_class, AwcWelcome, recent_box);
  gtk_widget_class_bind_template_child (widget_class, AwcWelcome, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcome");
}

static void
awc_welcome_init (AwcWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (awc_welcome_reload), self, G_CONNECT_SWAPPED);
  awc_welcome_reload (self);
}

GtkWidget *
awc_welcome_new (void)
{
  return g_object_new (AWC_TYPE_WELCOME, NULL);
}
