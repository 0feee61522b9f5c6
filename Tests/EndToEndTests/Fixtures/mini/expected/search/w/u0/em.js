plansiteSearchLoaded("w/u0/em",{
"em":[0,-6]
});
