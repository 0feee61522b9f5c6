plansiteSearchLoaded("w/p0/vi",{
"vi":[0,-16]
});
