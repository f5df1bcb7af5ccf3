/**
 * Anti-corruption layer towards the mall APIs (楽天ペイ受注API first): HTTP clients, the malls' own
 * data shapes as typed DTOs, their error codes turned into {@link jp.juchu.mall.MallApiException}.
 * Nothing here knows orders of our own; the intake module maps the DTOs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "shop"})
package jp.juchu.mall;
