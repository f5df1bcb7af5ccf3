/**
 * Shared kernel: value types, error types and text normalisation used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.juchu.core;
