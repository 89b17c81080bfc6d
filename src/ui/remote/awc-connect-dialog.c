/* awc-connect-dialog.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-connect-dialog-private.h"
#include "io/awc-credentials.h"

G_DEFINE_FINAL_TYPE (AwcConnectDialog, awc_connect_dialog, GTK_TYPE_WINDOW)

enum { PROP_0, PROP_USE_KEYRING, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { REPORT_FETCHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_banner (AwcConnectDialog *self,
             const char       *message)
{
  if (message != NULL)
    gtk_label_set_label (GTK_LABEL (self->banner_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner_revealer), message != NULL);
}

const char *
_awc_connect_dialog_get_banner_text (AwcConnectDialog *self)
{
  g_return_val_if_fail (AWC_IS_CONNECT_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->banner_revealer)))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (self->banner_label));
}

static void
banner_close_cb (AwcConnectDialog *self)
{
  show_banner (self, NULL);
}

static gboolean
has_text (GtkWidget *editable)
{
  g_autofree char *text = _awc_connect_dialog_dup_text (editable);

  return *text != '\0';
}

/* A custom endpoint wins over the region: say so by greying the region. */
static void
endpoint_changed_cb (AwcConnectDialog *self)
{
  gtk_widget_set_sensitive (self->region_dropdown, !has_text (self->endpoint_entry));
}

static void
auth_changed_cb (AwcConnectDialog *self)
{
  /* Enter in any field connects; the focus follows the visible page. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (_awc_connect_dialog_is_token_auth (self) ? self->token_entry : self->ak_entry);
}

/* A client configured from the form, or NULL with the reason. */
static AwcCptsClient *
client_from_form (AwcConnectDialog  *self,
                  gboolean           need_credentials,
                  GError           **error)
{
  g_autoptr(AwcCptsClient) client = awc_cpts_client_new ();
  g_autofree char *endpoint = _awc_connect_dialog_dup_text (self->endpoint_entry);
  g_autofree char *project_id = _awc_connect_dialog_dup_text (self->project_entry);
  g_autoptr(AwcCredentials) credentials = NULL;
  gboolean token = _awc_connect_dialog_is_token_auth (self);

  if (*endpoint != '\0')
    {
      if (!awc_cpts_client_set_endpoint (client, endpoint, error))
        return NULL;
    }
  else if (!awc_cpts_client_set_region (client, _awc_connect_dialog_get_region (self), error))
    return NULL;

  if (!need_credentials)
    return g_steal_pointer (&client);

  if (*project_id == '\0')
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                           _("Enter the project ID: the IAM project ID of the region"));
      return NULL;
    }

  /* The entries are read directly: secrets pass through no other string. */
  if (token)
    {
      if (has_text (self->token_entry))
        credentials = awc_credentials_new_token (gtk_editable_get_text (GTK_EDITABLE (self->token_entry)));
    }
  else if (has_text (self->ak_entry) && has_text (self->sk_entry))
    credentials = awc_credentials_new_aksk (gtk_editable_get_text (GTK_EDITABLE (self->ak_entry)),
                                            gtk_editable_get_text (GTK_EDITABLE (self->sk_entry)),
                                            gtk_editable_get_text (GTK_EDITABLE (self->stok_entry)));
  if (credentials == NULL)
    {
      g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NO_CREDENTIALS,
                           token ? _("Enter an IAM token") : _("Enter an access key and a secret key"));
      return NULL;
    }

  awc_cpts_client_set_project_id (client, project_id);
  awc_cpts_client_set_credentials (client, credentials);
  awc_cpts_client_set_connect_timeout (client, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->connect_spin)));
  awc_cpts_client_set_total_timeout (client, gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->total_spin)));
  return g_steal_pointer (&client);
}

/* Keyring ---------------------------------------------------------------- */

static void
weak_ref_free (GWeakRef *weak)
{
  g_weak_ref_clear (weak);
  g_free (weak);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GWeakRef, weak_ref_free)

static void
fill_entry (GtkWidget           *entry,
            AwcCredentials      *credentials,
            AwcCredentialsField  field)
{
  _awc_connect_dialog_set_text (entry, awc_credentials_peek_field (credentials, field));
}

/* Shows @credentials in the form, on the page of their kind. */
static void
fill_credentials (AwcConnectDialog *self,
                  AwcCredentials   *credentials)
{
  if (awc_credentials_get_kind (credentials) == AWC_CREDENTIALS_KIND_TOKEN)
    {
      fill_entry (self->token_entry, credentials, AWC_CREDENTIALS_FIELD_TOKEN);
      gtk_stack_set_visible_child_name (GTK_STACK (self->auth_stack), "token");
    }
  else
    {
      fill_entry (self->ak_entry, credentials, AWC_CREDENTIALS_FIELD_ACCESS_KEY);
      fill_entry (self->sk_entry, credentials, AWC_CREDENTIALS_FIELD_SECRET_KEY);
      fill_entry (self->stok_entry, credentials, AWC_CREDENTIALS_FIELD_SECURITY_TOKEN);
      gtk_stack_set_visible_child_name (GTK_STACK (self->auth_stack), "aksk");
    }
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GWeakRef) weak = user_data;
  g_autoptr(AwcConnectDialog) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcCredentials) credentials = awc_credentials_lookup_finish (result, &error);

  /* No keyring service or nothing stored: the form stays as it is. */
  if (credentials == NULL || self == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  /* Whatever the user typed meanwhile wins. */
  if (has_text (self->ak_entry) || has_text (self->sk_entry) || has_text (self->token_entry))
    return;

  self->keyring_had_item = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->remember_check), TRUE);
  fill_credentials (self, credentials);
  gtk_label_set_label (GTK_LABEL (self->note_label),
                       _("The credentials come from the desktop keyring."));
}

static void
lookup_credentials (AwcConnectDialog *self)
{
  g_autoptr(AwcCptsClient) client = NULL;
  GWeakRef *weak;

  if (!self->use_keyring || !awc_credentials_keyring_available ()
      || has_text (self->ak_entry) || has_text (self->token_entry))
    return;
  /* Items are keyed by the normalised base URL, as the client has it. */
  if ((client = client_from_form (self, FALSE, NULL)) == NULL)
    return;
  /* Without a keyring service the answer can take a while: it must not
   * keep a closed dialog alive (it would outlive its parent window). */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  awc_credentials_lookup_async (awc_cpts_client_get_base_url (client), self->cancellable,
                                lookup_cb, weak);
}

static void
keyring_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The dialog may be gone; a failure to remember is not worth a banner
   * there, and the message names no secret. */
  if (AWC_IS_CREDENTIALS (object))
    awc_credentials_store_finish (AWC_CREDENTIALS (object), result, &error);
  else
    awc_credentials_clear_finish (result, &error);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Keyring: %s", error->message);
}

static void
browser_connected_cb (AwcConnectDialog *self)
{
  gboolean remember = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->remember_check));

  /* Kept in memory for this session whatever the keyring does. */
  if (self->credentials != NULL && self->base_url != NULL)
    _awc_connect_dialog_remember_session (self->credentials, self->base_url);
  if (!self->use_keyring || !awc_credentials_keyring_available ()
      || self->credentials == NULL || self->base_url == NULL)
    return;
  /* Only credentials that just worked are remembered; unchecking forgets. */
  if (remember)
    awc_credentials_store_async (self->credentials, self->base_url, NULL, keyring_done_cb, NULL);
  else if (self->keyring_had_item)
    awc_credentials_clear_async (self->base_url, NULL, keyring_done_cb, NULL);
}

/* Pages ------------------------------------------------------------------ */

static void
show_page (AwcConnectDialog *self,
           const char       *name)
{
  gboolean browse = g_str_equal (name, "browse");

  gtk_stack_set_visible_child_name (GTK_STACK (self->page_stack), name);
  gtk_widget_set_visible (self->back_button, browse);
  gtk_widget_set_visible (self->connect_button, !browse);
  gtk_window_set_default_widget (GTK_WINDOW (self), browse ? NULL : self->connect_button);
}

void
_awc_connect_dialog_connect (AwcConnectDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcCptsClient) client = NULL;
  const char *base_url;
  gboolean same_place;

  g_return_if_fail (AWC_IS_CONNECT_DIALOG (self));

  if ((client = client_from_form (self, TRUE, &error)) == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  base_url = awc_cpts_client_get_base_url (client);
  awc_cpts_client_set_id_mapping (client, _awc_connect_dialog_lookup_id_mapping (self, base_url));
  same_place = _awc_connect_dialog_same_place (self);
  _awc_connect_dialog_save_settings (self);
  if (!same_place)
    _awc_connect_dialog_store_place (self, 0, NULL);

  g_set_object (&self->credentials, awc_cpts_client_get_credentials (client));
  g_free (self->base_url);
  self->base_url = g_strdup (base_url);

  show_banner (self, NULL);
  show_page (self, "browse");
  awc_cpts_browser_set_client (self->browser, client);
  /* Reopen where the user left off with this endpoint and project. */
  _awc_connect_dialog_restore_place (self);
}

static void
connect_clicked_cb (AwcConnectDialog *self)
{
  _awc_connect_dialog_connect (self);
}

static void
back_clicked_cb (AwcConnectDialog *self)
{
  awc_cpts_browser_cancel (self->browser);
  show_banner (self, NULL);
  show_page (self, "connect");
}

static void
cancel_clicked_cb (AwcConnectDialog *self)
{
  awc_cpts_browser_cancel (self->browser);
}

static void
browser_status_cb (AwcConnectDialog *self)
{
  const char *status = awc_cpts_browser_get_status (self->browser);

  if (status != NULL)
    gtk_label_set_label (GTK_LABEL (self->progress_label), status);
  gtk_spinner_set_spinning (GTK_SPINNER (self->progress_spinner), status != NULL);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->progress_revealer), status != NULL);
  if (status != NULL)
    show_banner (self, NULL);
}

static void
browser_failed_cb (AwcConnectDialog *self,
                   GError           *error)
{
  show_banner (self, error->message);
  /* Nothing worked yet with these settings (wrong key, endpoint, project
   * id): back to the form to fix them.  Without permission to list the
   * projects, a task run id may still work, so that stays. */
  if (!awc_cpts_browser_get_connected (self->browser)
      && !g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_PERMISSION)
      && !g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT)
      && !g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NOT_FOUND))
    {
      show_page (self, "connect");
      /* The server could not be reached: the endpoint (or region) is what
       * to fix, not the credentials. */
      if (g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NETWORK)
          || g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_TIMEOUT)
          || g_error_matches (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_REDIRECT))
        gtk_widget_grab_focus (has_text (self->endpoint_entry) ? self->endpoint_entry
                                                               : self->region_dropdown);
    }
}

static void
browser_place_changed_cb (AwcConnectDialog *self,
                          int               level,
                          const char       *id)
{
  _awc_connect_dialog_store_place (self, level, id);
}

/* The credentials that worked earlier in this session, for the endpoint
 * in the form: filled in, and the dialog goes straight back to the
 * browser, where the user left off. */
static gboolean
resume_session (AwcConnectDialog *self)
{
  g_autoptr(AwcCptsClient) client = NULL;
  AwcCredentials *credentials;

  if (has_text (self->ak_entry) || has_text (self->token_entry))
    return FALSE;
  if ((client = client_from_form (self, FALSE, NULL)) == NULL
      || (credentials = _awc_connect_dialog_lookup_session (awc_cpts_client_get_base_url (client))) == NULL)
    return FALSE;
  fill_credentials (self, credentials);
  gtk_label_set_label (GTK_LABEL (self->note_label),
                       _("The credentials of this session are kept in memory until AW Chart quits."));
  _awc_connect_dialog_validate (self);
  if (!gtk_widget_get_sensitive (self->connect_button))
    return FALSE;
  _awc_connect_dialog_connect (self);
  return TRUE;
}

static void
browser_report_fetched_cb (AwcConnectDialog *self,
                           AwcReport        *report,
                           AwcRemoteSource  *source)
{
  /* A handler may drop the last reference to the dialog. */
  g_object_ref (self);
  _awc_connect_dialog_store_id_mapping (self, awc_remote_source_get_client (source));
  g_signal_emit (self, signals[REPORT_FETCHED], 0, report, source);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

/* F5 anywhere in the dialog: load the failed (or deepest) list again. */
static gboolean
retry_binding_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->page_stack)), "browse") != 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->browser), "browser.retry", NULL);
  return TRUE;
}

/* GObject ---------------------------------------------------------------- */

static void
awc_connect_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_USE_KEYRING:
      g_value_set_boolean (value, self->use_keyring);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_connect_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_USE_KEYRING:
      self->use_keyring = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_connect_dialog_constructed (GObject *object)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (object);
  gboolean keyring = self->use_keyring && awc_credentials_keyring_available ();

  G_OBJECT_CLASS (awc_connect_dialog_parent_class)->constructed (object);

  gtk_widget_set_sensitive (self->remember_check, keyring);
  if (!awc_credentials_keyring_available ())
    gtk_widget_set_tooltip_text (self->remember_check, _("This build cannot use the desktop keyring"));

  _awc_connect_dialog_load_settings (self);
  _awc_connect_dialog_prefill_from_environment (self);
  _awc_connect_dialog_setup_validation (self);
  endpoint_changed_cb (self);
  if (!resume_session (self))
    lookup_credentials (self);
}

static gboolean
awc_connect_dialog_close_request (GtkWindow *window)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (window);

  /* Closing stops what runs at once, even while something holds on to us. */
  g_cancellable_cancel (self->cancellable);
  awc_cpts_browser_cancel (self->browser);

  return GTK_WINDOW_CLASS (awc_connect_dialog_parent_class)->close_request (window);
}

static void
awc_connect_dialog_dispose (GObject *object)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_CONNECT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->credentials);
  g_clear_pointer (&self->field_errors, g_hash_table_unref);

  G_OBJECT_CLASS (awc_connect_dialog_parent_class)->dispose (object);
}

static void
awc_connect_dialog_finalize (GObject *object)
{
  AwcConnectDialog *self = AWC_CONNECT_DIALOG (object);

  g_free (self->base_url);

  G_OBJECT_CLASS (awc_connect_dialog_parent_class)->finalize (object);
}

static void
awc_connect_dialog_class_init (AwcConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = awc_connect_dialog_get_property;
  object_class->set_property = awc_connect_dialog_set_property;
  object_class->constructed = awc_connect_dialog_constructed;
  object_class->dispose = awc_connect_dialog_dispose;
  object_class->finalize = awc_connect_dialog_finalize;
  window_class->close_request = awc_connect_dialog_close_request;

  properties[PROP_USE_KEYRING] =
    g_param_spec_boolean ("use-keyring", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REPORT_FETCHED] =
    g_signal_new ("report-fetched", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, AWC_TYPE_REPORT, AWC_TYPE_REMOTE_SOURCE);

  g_type_ensure (AWC_TYPE_CPTS_BROWSER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, connect_button);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, page_stack);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, region_list);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, endpoint_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, project_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, auth_stack);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, ak_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, sk_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, stok_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, token_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, remember_check);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, connect_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, total_spin);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, AwcConnectDialog, browser);
  gtk_widget_class_bind_template_callback (widget_class, banner_close_cb);
  gtk_widget_class_bind_template_callback (widget_class, endpoint_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, auth_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, connect_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, browser_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, browser_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, browser_connected_cb);
  gtk_widget_class_bind_template_callback (widget_class, browser_report_fetched_cb);
  gtk_widget_class_bind_template_callback (widget_class, browser_place_changed_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F5, 0, retry_binding_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
awc_connect_dialog_init (AwcConnectDialog *self)
{
  const char * const *regions = awc_cpts_regions ();

  self->use_keyring = TRUE;
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; regions[i] != NULL; i++)
    gtk_string_list_append (self->region_list, regions[i]);
}

AwcConnectDialog *
_awc_connect_dialog_new_full (GtkWindow *parent,
                              gboolean   use_keyring)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (AWC_TYPE_CONNECT_DIALOG,
                       "transient-for", parent,
                       "use-keyring", use_keyring,
                       NULL);
}

AwcConnectDialog *
awc_connect_dialog_new (GtkWindow *parent)
{
  return _awc_connect_dialog_new_full (parent, TRUE);
}
