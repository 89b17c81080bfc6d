/* awc-connect-dialog-private.h  SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "awc-connect-dialog.h"
#include "awc-cpts-browser-private.h"

G_BEGIN_DECLS

/* The struct is here so tests can fill the form and drive the browser. */
struct _AwcConnectDialog
{
  GtkWindow       parent_instance;

  /* Owned */
  GSettings      *settings;
  GCancellable   *cancellable;      /* keyring calls; cancelled in dispose */
  AwcCredentials *credentials;      /* of the last Connect, for the keyring */
  char           *base_url;         /* of the last Connect */
  gboolean        use_keyring;
  gboolean        keyring_had_item; /* the lookup found credentials */

  /* Template widgets */
  GtkWidget      *back_button;
  GtkWidget      *connect_button;
  GtkWidget      *banner_revealer;
  GtkWidget      *banner_label;
  GtkWidget      *progress_revealer;
  GtkWidget      *progress_spinner;
  GtkWidget      *progress_label;
  GtkWidget      *page_stack;
  GtkWidget      *region_dropdown;
  GtkStringList  *region_list;
  GtkWidget      *endpoint_entry;
  GtkWidget      *project_entry;
  GtkWidget      *auth_stack;
  GtkWidget      *ak_entry;
  GtkWidget      *sk_entry;
  GtkWidget      *stok_entry;
  GtkWidget      *token_entry;
  GtkWidget      *remember_check;
  GtkWidget      *connect_spin;
  GtkWidget      *total_spin;
  GtkWidget      *note_label;
  AwcCptsBrowser *browser;

  /* Built in code (awc-connect-dialog-validate.c) */
  GHashTable     *field_errors;     /* field widget → its message label */
};

/* awc-connect-dialog-settings.c */
char             *_awc_connect_dialog_dup_text        (GtkWidget        *editable);
void              _awc_connect_dialog_set_text        (GtkWidget        *editable,
                                                       const char       *text);
gboolean          _awc_connect_dialog_is_token_auth   (AwcConnectDialog *self);
const char       *_awc_connect_dialog_get_region      (AwcConnectDialog *self);
AwcCptsIdMapping  _awc_connect_dialog_lookup_id_mapping (AwcConnectDialog *self,
                                                       const char       *base_url);
/* Remembers the mapping that worked for the client's endpoint. */
void              _awc_connect_dialog_store_id_mapping (AwcConnectDialog *self,
                                                       AwcCptsClient    *client);
void              _awc_connect_dialog_load_settings   (AwcConnectDialog *self);
/* Only what is not secret. */
void              _awc_connect_dialog_save_settings   (AwcConnectDialog *self);
void              _awc_connect_dialog_prefill_from_environment (AwcConnectDialog *self);
/* The credentials that last worked, in this process's memory only. */
void              _awc_connect_dialog_remember_session (AwcCredentials  *credentials,
                                                        const char      *base_url);
/* Borrowed; NULL unless they were for @base_url. */
AwcCredentials   *_awc_connect_dialog_lookup_session   (const char      *base_url);
void              _awc_connect_dialog_forget_session   (void);
/* The project, task and report last chosen (GSettings cpts-last-*). */
void              _awc_connect_dialog_store_place     (AwcConnectDialog *self,
                                                       int               level,
                                                       const char       *id);
void              _awc_connect_dialog_restore_place   (AwcConnectDialog *self);
gboolean          _awc_connect_dialog_same_place      (AwcConnectDialog *self);

/* awc-connect-dialog-validate.c: Connect is sensitive only when the
 * required fields are filled; each invalid field shows its own message. */
void              _awc_connect_dialog_setup_validation (AwcConnectDialog *self);
void              _awc_connect_dialog_validate        (AwcConnectDialog *self);
/* The message under @field; NULL when it is valid. */
const char       *_awc_connect_dialog_get_field_error (AwcConnectDialog *self,
                                                       GtkWidget        *field);

/* awc-connect-dialog.c */
AwcConnectDialog *_awc_connect_dialog_new_full        (GtkWindow        *parent,
                                                       gboolean          use_keyring);
/* What the Connect button does. */
void              _awc_connect_dialog_connect         (AwcConnectDialog *self);
/* The banner's text; NULL when hidden. */
const char       *_awc_connect_dialog_get_banner_text (AwcConnectDialog *self);

G_END_DECLS
