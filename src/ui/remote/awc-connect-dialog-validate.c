/* awc-connect-dialog-validate.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Connect form checks itself as the user types: Connect is sensitive
 * only when the required fields are filled and every field is valid, and
 * each invalid field is marked and has its own message under it.  An
 * empty required field gets no message (it is not wrong yet); Connect's
 * tooltip says what is missing. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-connect-dialog-private.h"

static gboolean
has_space (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_id (const char *text,
       gboolean    allow_punct)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && !(allow_punct && (*p == '-' || *p == '_')))
      return FALSE;
  return TRUE;
}

/* The message for @field's text; NULL when valid or empty. */
static char *
check_field (AwcConnectDialog *self,
             GtkWidget        *field)
{
  /* Secrets are read in place, never copied into another string. */
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field));
  g_autofree char *trimmed = g_strstrip (g_strdup (field == self->endpoint_entry
                                                   || field == self->project_entry ? text : ""));

  if (field == self->endpoint_entry)
    {
      g_autoptr(AwcCptsClient) client = NULL;
      g_autoptr(GError) error = NULL;

      if (*trimmed == '\0')
        return NULL;
      client = awc_cpts_client_new ();
      if (!awc_cpts_client_set_endpoint (client, trimmed, &error))
        return g_strdup (error->message);
      return NULL;
    }
  if (field == self->project_entry)
    return *trimmed != '\0' && !is_id (trimmed, TRUE)
           ? g_strdup (_("A project ID has only letters, digits, “-” and “_”: the 32 hexadecimal "
                         "characters of the region’s IAM project"))
           : NULL;
  if (*text == '\0')
    return NULL;
  if (field == self->ak_entry)
    return !is_id (text, FALSE) ? g_strdup (_("An access key has only letters and digits")) : NULL;
  if (field == self->sk_entry)
    return has_space (text) ? g_strdup (_("The secret key contains spaces or line breaks")) : NULL;
  if (field == self->stok_entry)
    return has_space (text) ? g_strdup (_("The security token contains spaces or line breaks")) : NULL;
  if (field == self->token_entry)
    return has_space (text) ? g_strdup (_("The token contains spaces or line breaks")) : NULL;
  return NULL;
}

static gboolean
is_filled (GtkWidget *field)
{
  g_autofree char *text = _awc_connect_dialog_dup_text (field);

  return *text != '\0';
}

void
_awc_connect_dialog_validate (AwcConnectDialog *self)
{
  GHashTableIter iter;
  gpointer field, label;
  gboolean valid = TRUE;
  gboolean token = _awc_connect_dialog_is_token_auth (self);
  const char *missing = NULL;

  g_hash_table_iter_init (&iter, self->field_errors);
  while (g_hash_table_iter_next (&iter, &field, &label))
    {
      g_autofree char *message = check_field (self, field);
      /* A field on the hidden authentication page does not count. */
      gboolean counts = token ? (field != self->ak_entry && field != self->sk_entry && field != self->stok_entry)
                              : field != self->token_entry;

      gtk_label_set_label (label, message);
      gtk_widget_set_visible (label, message != NULL);
      if (message != NULL)
        gtk_widget_add_css_class (field, "error");
      else
        gtk_widget_remove_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                   message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
      if (message != NULL && counts)
        valid = FALSE;
    }

  if (!is_filled (self->project_entry))
    missing = _("Enter the project ID");
  else if (token && !is_filled (self->token_entry))
    missing = _("Enter an IAM token");
  else if (!token && (!is_filled (self->ak_entry) || !is_filled (self->sk_entry)))
    missing = _("Enter an access key and a secret key");

  gtk_widget_set_sensitive (self->connect_button, valid && missing == NULL);
  gtk_widget_set_tooltip_text (self->connect_button,
                               missing != NULL ? missing
                               : !valid ? _("Correct the fields marked in red") : NULL);
}

const char *
_awc_connect_dialog_get_field_error (AwcConnectDialog *self,
                                     GtkWidget        *field)
{
  GtkWidget *label = g_hash_table_lookup (self->field_errors, field);

  g_return_val_if_fail (label != NULL, NULL);
  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

void
_awc_connect_dialog_setup_validation (AwcConnectDialog *self)
{
  GtkWidget *fields[] = {
    self->endpoint_entry, self->project_entry, self->ak_entry, self->sk_entry, self->stok_entry,
    self->token_entry,
  };

  self->field_errors = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      /* The field sits in a row box (label, field) of a vertical box: the
       * message goes under that row. */
      GtkWidget *row = gtk_widget_get_parent (fields[i]);
      GtkWidget *column = gtk_widget_get_parent (row);
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_visible (label, FALSE);
      gtk_box_insert_child_after (GTK_BOX (column), label, row);
      g_hash_table_insert (self->field_errors, fields[i], label);
      g_signal_connect_object (fields[i], "changed", G_CALLBACK (_awc_connect_dialog_validate),
                               self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->auth_stack, "notify::visible-child-name",
                           G_CALLBACK (_awc_connect_dialog_validate), self, G_CONNECT_SWAPPED);
  _awc_connect_dialog_validate (self);
}
