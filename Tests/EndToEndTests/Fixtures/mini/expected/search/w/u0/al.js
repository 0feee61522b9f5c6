plansiteSearchLoaded("w/u0/al",{
"alert":[0,3]
});
