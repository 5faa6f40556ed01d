/** The language of the UI (not of the messages, which follow the doc): Korean or English. */
import * as vscode from 'vscode';

export function uiLang(): 'en' | 'ko' {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
